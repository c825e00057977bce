import type { SyriaTexts } from '../syria-article.js';

/** The article's events in Turkish (see `SyriaTexts`). */
export const texts: SyriaTexts = {
  events: {
    'conflict-begins': [
      'Suriye’de silahlı çatışma başlıyor',
      'Makale, Suriye’deki silahlı çatışmanın başlangıcını 2011 yılına tarihliyor.',
      '2011’de',
    ],
    'foreign-support-for-armed-groups': [
      'Silahlı gruplara dış destek iddiası',
      'Makaleye göre ABD, Türkiye, Suudi Arabistan ve Katar 2011’den bu yana silahlı muhalif gruplara mali ve siyasi destek veriyor ve vermeyi sürdürüyor.',
      '2011’den bu yana',
    ],
    'us-stance-on-syrian-government': [
      'Velayeti: ABD hükümeti devirmek istiyor',
      'Ali Ekber Velayeti, ABD’nin çatışmanın başından beri Suriye hükümetini iktidardan uzaklaştırmaya çalıştığını söylüyor. Dönem, makalenin 2011’e tarihlediği çatışmanın başlangıcıyla başlıyor.',
      'en başından beri',
    ],
    'aleppo-east-taken-by-armed-groups': [
      'Silahlı gruplar Doğu Halep’i ele geçiriyor',
      'Silahlı muhalif gruplar Halep’in doğu kesiminin kontrolünü ele geçiriyor.',
      'daha 2012’de',
    ],
    'aleppo-east-retaken': [
      'Suriye ordusu Doğu Halep’i geri alıyor',
      'Suriye hükümet güçleri, ülkenin ikinci büyük kenti Halep’in doğu kesimini alıyor ve kentin tamamı hükümetin kontrolüne geçiyor.',
      'Geçen yılın sonlarında',
    ],
    'aleppo-ceasefire-deal': [
      'Rusya ve Türkiye Halep’te ateşkese aracılık ediyor',
      'Halep için bir ateşkes anlaşmasına Suriye hükümetinin yanında yer alan Rusya ile silahlı grupların yanında yer alan Türkiye aracılık ediyor.',
      'daha sonra',
    ],
    'aleppo-evacuation': [
      'Siviller ve silahlı savaşçılar Halep’ten ayrılıyor',
      'Ateşkes anlaşması uyarınca kentte kalan siviller ve silahlı savaşçılar, tahliyeyi hükümet güçlerinin denetlemesiyle kentten ayrılıyor.',
      'daha sonra',
    ],
    'nationwide-truce': [
      'Suriye genelinde ateşkes üzerinde anlaşıldı',
      'Halep anlaşmasının ardından Suriye hükümeti ile silahlı muhalif gruplar, tüm Suriye’yi kapsayan bir ateşkes üzerinde anlaşıyor.',
    ],
    'zarif-opposes-us-at-talks': [
      'Zarif, ABD’nin görüşmelerde yer almasına karşı',
      'İran Dışişleri Bakanı Muhammed Cevad Zarif, İran’ın ABD’nin müzakerelere katılmasına karşı olduğunu bildiriyor.',
      'Daha önce',
    ],
    'rouhani-meets-khamis': [
      'Ruhani, Suriye Başbakanı Hamis ile görüşüyor',
      'İran Cumhurbaşkanı Hasan Ruhani, ziyarette bulunan Suriye Başbakanı İmad Hamis’i kabul ediyor ve Halep’teki sonuç hakkında değerlendirmede bulunuyor.',
      'Çarşamba günü',
    ],
    'rouhani-praises-ceasefire': [
      'Ruhani, Halep ve ateşkes üzerine',
      'Ruhani, Halep’in hükümet tarafından geri alınmasını ve ülke genelindeki ateşkesi Suriye’de barış ve istikrara doğru atılmış iki adım olarak nitelendiriyor.',
    ],
    'rouhani-pledges-support': [
      'Ruhani, İran desteğinin süreceği sözünü veriyor',
      'Ruhani, İran hükümetinin, halkının ve dini liderinin Suriye halkının yanında durduğunu ve durmaya devam edeceğini söylüyor.',
    ],
    'khamis-credits-army-and-iran': [
      'Hamis, sonucu ordu ve İran’a bağlıyor',
      'İmad Hamis, Halep’teki sonucu Suriye halkına, ordusuna ve İran’ın desteğine bağlıyor; Suriyelilerin güvenliği yeniden sağlamaya kararlı olduğunu söylüyor.',
    ],
    'khamis-meets-velayati': [
      'Hamis, Velayeti ile görüşüyor',
      'Hamis, İran dini liderinin kıdemli danışmanlarından Ali Ekber Velayeti ile görüşüyor; Velayeti, İran’ın ABD’nin Astana görüşmelerine katılmasına karşı olduğunu söylüyor. Makale, aynı ziyaret sırasındaki bu görüşme için ayrı bir tarih vermiyor.',
    ],
    'velayati-on-astana-talks': [
      'Velayeti, Astana görüşmeleri üzerine',
      'Velayeti, Astana görüşmelerinin Suriye hükümeti ve müttefiklerinin askeri kazanımlarının sonucu olduğunu ve grupların destekçilerinin bunlardan siyasi kazanç elde etmemesi gerektiğini söylüyor.',
    ],
    'astana-talks': [
      'Astana görüşmeleri',
      'Suriye hükümeti ile silahlı muhalif grupların temsilcileri arasında, Rusya, Türkiye ve İran’ın arabuluculuğunda, (makalenin yayımlandığı sırada) Astana’da başlaması planlanan müzakereler.',
      '23 Ocak’ta',
    ],
  },
  places: {
    Syria: 'Suriye',
    'Eastern Aleppo, Syria': 'Doğu Halep, Suriye',
    'Aleppo, Syria': 'Halep, Suriye',
    'Tehran, Iran': 'Tahran, İran',
    'Astana, Kazakhstan': 'Astana, Kazakistan',
  },
  actors: {
    'Syrian government': 'Suriye hükümeti',
    'Armed opposition groups': 'Silahlı muhalif gruplar',
    'United States': 'Amerika Birleşik Devletleri',
    Turkey: 'Türkiye',
    'Saudi Arabia': 'Suudi Arabistan',
    Qatar: 'Katar',
    'Syrian Army': 'Suriye ordusu',
    Russia: 'Rusya',
    'Syrian government forces': 'Suriye hükümet güçleri',
    Civilians: 'Siviller',
    'Mohammad Javad Zarif': 'Muhammed Cevad Zarif',
    Iran: 'İran',
    'Hassan Rouhani': 'Hasan Ruhani',
    'Imad Khamis': 'İmad Hamis',
    'Ali Akbar Velayati': 'Ali Ekber Velayeti',
  },
};
