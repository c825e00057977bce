import { tr } from 'date-fns/locale/tr';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction Turkish is written in. */
export const dir: 'ltr' | 'rtl' = 'ltr';

/** The Turkish month names of date-fns (`tr`). */
export const dateLocale: DateLocale = { locale: tr };

/**
 * The Turkish interface strings. No suffix is attached to a placeholder (`{url}`, `{count}`), since its vowel harmony
 * would depend on the text put there; Turkish keeps a noun singular after a number ("5 olay").
 */
export const strings: TimelineStrings = {
  events: 'Olaylar',
  zoomIn: 'Yakınlaştır',
  zoomOut: 'Uzaklaştır',
  reset: 'Tümünü göster',
  zoomControls: 'Yakınlaştırma',
  showing: 'Gösterilen aralık: {from} – {to}',
  legend: 'Gösterge',
  exactDate: 'kesin tarih',
  periodDate: 'yalnızca dönemi bilinen',
  approximateDate: 'yaklaşık veya belirsiz',
  wheelHint: 'Yakınlaştırmak için {key} + tekerlek, kaydırmak için sürükleyin',
  close: 'Ayrıntıları kapat',
  category: 'Kategori',
  actors: 'Aktörler',
  listSeparator: ', ',
  place: 'Yer',
  date: 'Tarih',
  precision: 'Kesinlik',
  sourceWords: 'Kaynakta: “{label}”',
  source: 'Kaynak',
  saidBy: '— {speaker}',
  quotedIn: 'Alıntının dili: {language}',
  published: 'yayımlanma: {date}',
  loading: 'Olaylar yükleniyor…',
  loadFailed: 'Olaylar şu adresten yüklenemedi: {url} ({reason})',
  retry: 'Yeniden dene',
  empty: 'Gösterilecek olay yok.',
  skipped: '{total} olaydan {count} tanesi gösterilemedi',
  warnings: 'Verilerle ilgili {count} not',
  dismiss: 'Kapat',
  moreProblems: 've {count} tür sorun daha',
  cluster: '{count} olay, {when}, {category}; yakınlaştırmak için Enter tuşuna basın',
  range: '{from} – {to}',
  list: 'Liste',
  listHeading: 'Görünümde {count} olay',
  listMore: '{total} olaydan ilk {shown} tanesi listelendi; diğerlerini listelemek için yakınlaştırın.',
  keysHeading: 'Klavye kısayolları',
  keys: [
    ['← → ↑ ↓', 'Zamanda önceki veya sonraki olay (sağdan sola yazılan sayfalarda → zamanda geri gider)'],
    ['Home / End', 'İlk veya son olay'],
    ['Enter / Boşluk', 'Olayı seç veya kümeyi yakınlaştır'],
    ['[ / ]', 'Önceki veya sonraki olayı seç'],
    ['Esc', 'Ayrıntıları veya bu yardımı kapat'],
    ['+ / −', 'Yakınlaştır veya uzaklaştır'],
    ['Shift + ← →, Page Up / Page Down', 'Daha erkene veya daha geçe kaydır'],
    ['0', 'Tümünü göster'],
    ['L', 'Olay listesini göster veya gizle'],
    ['?', 'Bu yardımı göster'],
  ],
  announceSelected: 'Seçildi: {name}',
  announceRange: 'Gösterilen aralık: {from} – {to}, {count} olay',
  fold: '{from} – {to}: olay yok',
  unfold: 'Ölçekli göstermek için tıklayın veya Enter tuşuna basın',
  previous: 'Önceki',
  next: 'Sonraki',
  overview: 'Zaman çizelgesinin görünen kısmı',
  categories: {
    military: 'Askerî',
    humanitarian: 'İnsani',
    ceasefire: 'Ateşkes',
    diplomacy: 'Diplomasi',
    statement: 'Açıklama',
    other: 'Diğer',
    era: 'Dönem',
  },
};

/**
 * The Turkish words for dates. Years take no suffix ("2016'nın" would need vowel harmony with the spoken number), so
 * halves read "{year} yılının…", a decade "the ten years that begin with {decade}", and open spans "ve sonrası/öncesi".
 */
export const dateWords: DateWords = Object.freeze({
  locale: 'tr-TR',
  bce: 'MÖ {date}',
  approximate: 'yaklaşık',
  uncertain: 'belirsiz',
  approximateAndUncertain: 'yaklaşık ve belirsiz',
  early: '{year} başı',
  mid: '{year} ortası',
  late: '{year} sonu',
  firstHalf: '{year} yılının ilk yarısı',
  secondHalf: '{year} yılının ikinci yarısı',
  spring: '{year} ilkbaharı',
  summer: '{year} yazı',
  autumn: '{year} sonbaharı',
  winter: '{year}–{nextYear} kışı',
  decade: '{decade} ile başlayan on yıl',
  century: '{first}–{last} yılları',
  withQualifiers: '{date}, {qualifiers}',
  to: '{start} ile {end} arası',
  onward: '{start} ve sonrası',
  until: '{end} ve öncesi',
  unknown: 'tarih bilinmiyor',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: 'başlangıcı {qualifiers}',
  endQualifiers: 'bitişi {qualifiers}',
  bothQualifiers: 'başlangıcı ve bitişi {qualifiers}',
  qualifierList: '{start}, {end}',
  precisions: Object.freeze({
    day: 'gün',
    month: 'ay',
    season: 'mevsim',
    quarter: 'çeyrek',
    half: 'yarıyıl',
    year: 'yıl',
    decade: 'on yıl',
    century: 'yüzyıl',
  }),
});
