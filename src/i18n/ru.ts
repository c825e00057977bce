import { ru } from 'date-fns/locale/ru';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction Russian is written in. */
export const dir: 'ltr' | 'rtl' = 'ltr';

/**
 * The Russian month names of date-fns (`ru`): the nominative alone and before a year (январь 2017 г.), the genitive
 * after a day (18 января 2017 г.). A year after a month is followed by «г.», as Russian writes it.
 */
export const dateLocale: DateLocale = {
  locale: ru,
  patterns: {
    'month-year': "LLLL y 'г.'",
    'month-year-short': "LLL y 'г.'",
    'day-month-year': "d MMMM y 'г.'",
    'day-month-year-short': "d MMM y 'г.'",
  },
};

/**
 * The Russian interface strings. Counts follow a colon ("Событий: {count}"), the usual way to avoid the three
 * plural forms of a noun after a number (1 событие, 2 события, 5 событий).
 */
export const strings: TimelineStrings = {
  events: 'События',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  reset: 'Показать всё',
  zoomControls: 'Масштаб',
  showing: 'Показано: {from} — {to}',
  legend: 'Условные обозначения',
  exactDate: 'точная дата',
  periodDate: 'дата известна с точностью до периода',
  approximateDate: 'дата приблизительна или под вопросом',
  wheelHint: '{key} + колесо мыши — масштаб, перетаскивание — сдвиг',
  close: 'Закрыть подробности',
  category: 'Категория',
  actors: 'Участники',
  listSeparator: ', ',
  place: 'Место',
  date: 'Дата',
  precision: 'Точность',
  sourceWords: 'В источнике: «{label}»',
  source: 'Источник',
  saidBy: '— {speaker}',
  quotedIn: 'Цитата на языке оригинала: {language}',
  published: 'опубликовано: {date}',
  loading: 'Загрузка событий…',
  loadFailed: 'Не удалось загрузить события из {url}: {reason}',
  retry: 'Повторить',
  empty: 'Нет событий для показа.',
  skipped: 'Не удалось показать событий: {count} из {total}',
  warnings: 'Замечаний о данных: {count}',
  dismiss: 'Скрыть',
  moreProblems: 'Других видов проблем: {count}',
  cluster: 'Событий: {count}, {when}, {category}; нажмите Enter, чтобы приблизить',
  range: '{from} — {to}',
  list: 'Список',
  listHeading: 'Событий в видимой области: {count}',
  listMore: 'В списке первые {shown} из {total}; приблизьте, чтобы увидеть остальные.',
  keysHeading: 'Сочетания клавиш',
  keys: [
    ['← → ↑ ↓', 'Предыдущее или следующее событие по времени (на страницах с письмом справа налево → ведёт назад во времени)'],
    ['Home / End', 'Первое или последнее событие'],
    ['Enter / Пробел', 'Выбрать событие или приблизить группу'],
    ['[ / ]', 'Выбрать предыдущее или следующее событие'],
    ['Esc', 'Закрыть подробности или эту справку'],
    ['+ / −', 'Приблизить или отдалить'],
    ['Shift + ← →, Page Up / Page Down', 'Сдвинуть раньше или позже'],
    ['0', 'Показать всё'],
    ['L', 'Показать или скрыть список событий'],
    ['?', 'Показать эту справку'],
  ],
  announceSelected: 'Выбрано: {name}',
  announceRange: 'Показано: {from} — {to}, событий: {count}',
  fold: '{from} — {to}: событий нет',
  unfold: 'Щёлкните или нажмите Enter, чтобы показать в масштабе',
  previous: 'Назад',
  next: 'Далее',
  overview: 'Видимая часть хронологии',
  categories: {
    military: 'Военное',
    humanitarian: 'Гуманитарное',
    ceasefire: 'Перемирие',
    diplomacy: 'Дипломатия',
    statement: 'Заявление',
    other: 'Другое',
    era: 'Период',
  },
};

/**
 * The Russian words for dates. `Intl` writes months in the nominative ("январь 2017 г."), which a preposition such as
 * "с" or "до" would have to decline, so spans use a dash and open spans "… и позже / и ранее".
 */
export const dateWords: DateWords = Object.freeze({
  locale: 'ru-RU',
  bce: '{date} до н. э.',
  approximate: 'приблизительно',
  uncertain: 'под вопросом',
  approximateAndUncertain: 'приблизительно и под вопросом',
  early: 'начало {year} года',
  mid: 'середина {year} года',
  late: 'конец {year} года',
  firstHalf: 'первая половина {year} года',
  secondHalf: 'вторая половина {year} года',
  spring: 'весна {year} года',
  summer: 'лето {year} года',
  autumn: 'осень {year} года',
  winter: 'зима {year}–{nextYear} годов',
  decade: '{decade}-е годы',
  century: '{first}–{last} годы',
  withQualifiers: '{date}, {qualifiers}',
  to: '{start} — {end}',
  onward: '{start} и позже',
  until: '{end} и ранее',
  unknown: 'дата неизвестна',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: 'начало — {qualifiers}',
  endQualifiers: 'конец — {qualifiers}',
  bothQualifiers: 'начало и конец — {qualifiers}',
  qualifierList: '{start}, {end}',
  precisions: Object.freeze({
    day: 'день',
    month: 'месяц',
    season: 'время года',
    quarter: 'квартал',
    half: 'полугодие',
    year: 'год',
    decade: 'десятилетие',
    century: 'век',
  }),
});
