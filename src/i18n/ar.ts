import { ar } from 'date-fns/locale/ar';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction Arabic is written in. */
export const dir: 'ltr' | 'rtl' = 'rtl';

/** The Arabic month names of date-fns (`ar`), for dates written by `formatUtcDate` in Arabic-Indic digits. */
export const dateLocale: DateLocale = { locale: ar };

/**
 * The Arabic interface strings. Counts are put where Arabic needs no plural agreement ("عدد الأحداث: {count}"),
 * since the noun after a number changes form with the number.
 */
export const strings: TimelineStrings = {
  events: 'الأحداث',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  reset: 'عرض الكل',
  zoomControls: 'التكبير والتصغير',
  showing: 'المعروض: من {from} إلى {to}',
  legend: 'مفتاح الرموز',
  exactDate: 'تاريخ دقيق',
  periodDate: 'تاريخ معروف ضمن فترة',
  approximateDate: 'تاريخ تقريبي أو غير مؤكد',
  wheelHint: 'استخدم {key} مع عجلة التمرير للتكبير، واسحب للتنقل',
  close: 'إغلاق التفاصيل',
  category: 'الفئة',
  actors: 'الأطراف',
  listSeparator: '، ',
  place: 'المكان',
  date: 'التاريخ',
  precision: 'الدقة',
  sourceWords: 'في المصدر: «{label}»',
  source: 'المصدر',
  saidBy: '— {speaker}',
  quotedIn: 'اقتباس باللغة {language}',
  published: 'نُشر في {date}',
  loading: 'جارٍ تحميل الأحداث…',
  loadFailed: 'تعذّر تحميل الأحداث من {url}: {reason}',
  retry: 'إعادة المحاولة',
  empty: 'لا توجد أحداث لعرضها.',
  skipped: 'أحداث تعذّر عرضها: {count} من أصل {total}',
  warnings: 'ملاحظات حول البيانات: {count}',
  dismiss: 'إخفاء',
  moreProblems: 'أنواع أخرى من المشكلات: {count}',
  cluster: 'عدد الأحداث: {count}، {when}، {category}؛ اضغط Enter للتكبير',
  range: 'من {from} إلى {to}',
  list: 'القائمة',
  listHeading: 'الأحداث المعروضة: {count}',
  listMore: 'تعرض القائمة أول {shown} من أصل {total}؛ كبّر العرض لإدراج البقية.',
  keysHeading: 'اختصارات لوحة المفاتيح',
  keys: [
    ['← → ↑ ↓', 'الحدث السابق أو التالي زمنيًا (في الصفحات المكتوبة من اليمين إلى اليسار يعود السهم → إلى الماضي)'],
    ['Home / End', 'الحدث الأول أو الأخير'],
    ['Enter / مسطرة المسافة', 'تحديد الحدث، أو التكبير داخل مجموعة'],
    ['[ / ]', 'تحديد الحدث السابق أو التالي'],
    ['Esc', 'إغلاق التفاصيل أو هذه المساعدة'],
    ['+ / −', 'تكبير أو تصغير'],
    ['Shift + ← →، Page Up / Page Down', 'الانتقال إلى فترة أسبق أو لاحقة'],
    ['0', 'عرض الكل'],
    ['L', 'إظهار قائمة الأحداث أو إخفاؤها'],
    ['?', 'إظهار هذه المساعدة'],
  ],
  announceSelected: 'تم التحديد: {name}',
  announceRange: 'المعروض: من {from} إلى {to}، عدد الأحداث: {count}',
  fold: 'من {from} إلى {to}: لا أحداث',
  unfold: 'انقر أو اضغط Enter لعرضها بمقياسها',
  previous: 'السابق',
  next: 'التالي',
  overview: 'الجزء المعروض من الخط الزمني',
  categories: {
    military: 'عسكري',
    humanitarian: 'إنساني',
    ceasefire: 'وقف إطلاق النار',
    diplomacy: 'دبلوماسية',
    statement: 'بيان',
    other: 'أخرى',
    era: 'فترة',
  },
};

/**
 * The Arabic words for dates, with Egyptian Arabic formatting for Arabic-Indic digits (١٨ يناير ٢٠١٧). The qualifiers
 * are masculine, agreeing with the implied "تاريخ" (date), and follow "في البداية/في النهاية" for a span's ends.
 */
export const dateWords: DateWords = Object.freeze({
  locale: 'ar-EG',
  bce: '{date} ق.م',
  approximate: 'تقريبي',
  uncertain: 'غير مؤكد',
  approximateAndUncertain: 'تقريبي وغير مؤكد',
  early: 'أوائل {year}',
  mid: 'منتصف {year}',
  late: 'أواخر {year}',
  firstHalf: 'النصف الأول من عام {year}',
  secondHalf: 'النصف الثاني من عام {year}',
  spring: 'ربيع {year}',
  summer: 'صيف {year}',
  autumn: 'خريف {year}',
  winter: 'شتاء {year}–{nextYear}',
  decade: 'عقد {decade}',
  century: 'الأعوام {first}–{last}',
  withQualifiers: '{date}، {qualifiers}',
  to: 'من {start} إلى {end}',
  onward: 'من {start} فصاعدًا',
  until: 'حتى {end}',
  unknown: 'تاريخ غير معروف',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: '{qualifiers} في البداية',
  endQualifiers: '{qualifiers} في النهاية',
  bothQualifiers: '{qualifiers} في البداية والنهاية',
  qualifierList: '{start}، {end}',
  precisions: Object.freeze({
    day: 'يوم',
    month: 'شهر',
    season: 'فصل',
    quarter: 'ربع سنة',
    half: 'نصف سنة',
    year: 'سنة',
    decade: 'عقد',
    century: 'قرن',
  }),
});
