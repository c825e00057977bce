import { faIR } from 'date-fns/locale/fa-IR';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction Persian is written in. */
export const dir: 'ltr' | 'rtl' = 'rtl';

/**
 * The Persian month names of date-fns (`fa-IR`). Persian writes months in full even where a style asks for a
 * short one, as `Intl` does: date-fns's abbreviations (ژانـ) are cut with a tatweel.
 */
export const dateLocale: DateLocale = {
  locale: faIR,
  patterns: {
    'month-short': 'LLLL',
    'month-year-short': 'LLLL y',
    'day-month-short': 'd MMMM',
    'day-month-year-short': 'd MMMM y',
  },
};

/** The Persian interface strings. Persian keeps a noun singular after a number ("۵ رویداد"), so counts read as is. */
export const strings: TimelineStrings = {
  events: 'رویدادها',
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  reset: 'نمایش همه',
  zoomControls: 'بزرگ‌نمایی و کوچک‌نمایی',
  showing: 'نمایش {from} تا {to}',
  legend: 'راهنما',
  exactDate: 'تاریخ دقیق',
  periodDate: 'تاریخ معلوم در حد یک دوره',
  approximateDate: 'تاریخ تقریبی یا غیرقطعی',
  wheelHint: 'برای بزرگ‌نمایی {key} را نگه دارید و پیمایش کنید؛ برای جابه‌جایی بکشید',
  close: 'بستن جزئیات',
  category: 'دسته',
  actors: 'بازیگران',
  listSeparator: '، ',
  place: 'مکان',
  date: 'تاریخ',
  precision: 'دقت',
  sourceWords: 'در منبع: «{label}»',
  source: 'منبع',
  saidBy: '— {speaker}',
  quotedIn: 'نقل‌قول به زبان {language}',
  published: 'منتشرشده در {date}',
  loading: 'در حال بارگذاری رویدادها…',
  loadFailed: 'بارگذاری رویدادها از {url} ممکن نشد: {reason}',
  retry: 'تلاش دوباره',
  empty: 'رویدادی برای نمایش وجود ندارد.',
  skipped: '{count} رویداد از {total} رویداد نمایش داده نشد',
  warnings: '{count} نکته دربارهٔ داده‌ها',
  dismiss: 'بستن',
  moreProblems: 'و {count} نوع مشکل دیگر',
  cluster: '{count} رویداد، {when}، {category}؛ برای بزرگ‌نمایی Enter را بزنید',
  range: '{from} تا {to}',
  list: 'فهرست',
  listHeading: '{count} رویداد در محدودهٔ نمایش',
  listMore: '{shown} رویداد نخست از {total} رویداد فهرست شده است؛ برای فهرست شدن بقیه، بزرگ‌نمایی کنید.',
  keysHeading: 'میان‌برهای صفحه‌کلید',
  keys: [
    ['← → ↑ ↓', 'رویداد قبلی یا بعدی در زمان (در صفحه‌های راست‌به‌چپ، → به گذشته می‌رود)'],
    ['Home / End', 'نخستین یا آخرین رویداد'],
    ['Enter / فاصله', 'انتخاب رویداد، یا بزرگ‌نمایی روی یک گروه'],
    ['[ / ]', 'انتخاب رویداد قبلی یا بعدی'],
    ['Esc', 'بستن جزئیات یا این راهنما'],
    ['+ / −', 'بزرگ‌نمایی یا کوچک‌نمایی'],
    ['Shift + ← →، Page Up / Page Down', 'جابه‌جایی به زمان زودتر یا دیرتر'],
    ['0', 'نمایش همه'],
    ['L', 'نمایش یا پنهان کردن فهرست رویدادها'],
    ['?', 'نمایش این راهنما'],
  ],
  announceSelected: 'انتخاب شد: {name}',
  announceRange: 'نمایش {from} تا {to}، {count} رویداد',
  fold: '{from} تا {to}: بدون رویداد',
  unfold: 'برای نمایش با مقیاس واقعی کلیک کنید یا Enter را بزنید',
  previous: 'قبلی',
  next: 'بعدی',
  overview: 'بخش نمایان خط زمانی',
  categories: {
    military: 'نظامی',
    humanitarian: 'بشردوستانه',
    ceasefire: 'آتش‌بس',
    diplomacy: 'دیپلماسی',
    statement: 'بیانیه',
    other: 'سایر',
    era: 'دوره',
  },
};

/**
 * The Persian words for dates. `fa-IR` gives Persian digits (۱۸ ژانویه ۲۰۱۷); `formatUtcDate` keeps the Gregorian
 * calendar, whose month names (ژانویه، فوریه…) tell the reader the year is not a solar hijri one.
 */
export const dateWords: DateWords = Object.freeze({
  locale: 'fa-IR',
  bce: '{date} پیش از میلاد',
  approximate: 'تقریبی',
  uncertain: 'غیرقطعی',
  approximateAndUncertain: 'تقریبی و غیرقطعی',
  early: 'اوایل {year}',
  mid: 'اواسط {year}',
  late: 'اواخر {year}',
  firstHalf: 'نیمهٔ اول {year}',
  secondHalf: 'نیمهٔ دوم {year}',
  spring: 'بهار {year}',
  summer: 'تابستان {year}',
  autumn: 'پاییز {year}',
  winter: 'زمستان {year}–{nextYear}',
  decade: 'دههٔ {decade}',
  century: 'سال‌های {first}–{last}',
  withQualifiers: '{date}، {qualifiers}',
  to: '{start} تا {end}',
  onward: 'از {start} به بعد',
  until: 'تا {end}',
  unknown: 'تاریخ نامعلوم',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: 'آغاز {qualifiers}',
  endQualifiers: 'پایان {qualifiers}',
  bothQualifiers: 'آغاز و پایان {qualifiers}',
  qualifierList: '{start}، {end}',
  precisions: Object.freeze({
    day: 'روز',
    month: 'ماه',
    season: 'فصل',
    quarter: 'سه‌ماهه',
    half: 'نیم‌سال',
    year: 'سال',
    decade: 'دهه',
    century: 'سده',
  }),
});
