import { de } from 'date-fns/locale/de';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction German is written in. */
export const dir: 'ltr' | 'rtl' = 'ltr';

/**
 * The German month names of date-fns (`de`), with the ordinal dot after a day (18. Januar 2017) and the
 * abbreviations used with a day also with a year alone (Jan. 2017).
 */
export const dateLocale: DateLocale = {
  locale: de,
  patterns: {
    'month-year-short': 'MMM y',
    'day-month-short': 'd. MMM',
    'day-month-year': 'd. MMMM y',
    'day-month-year-short': 'd. MMM y',
  },
};

/** The German interface strings; counts follow a colon ("Ereignisse: {count}"), since a cluster may hold one event. */
export const strings: TimelineStrings = {
  events: 'Ereignisse',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  reset: 'Alles anzeigen',
  zoomControls: 'Zoom',
  showing: 'Angezeigt: {from} bis {to}',
  legend: 'Legende',
  exactDate: 'genaues Datum',
  periodDate: 'auf einen Zeitraum genau',
  approximateDate: 'ungefähr oder unsicher',
  wheelHint: '{key} + Mausrad zum Zoomen, Ziehen zum Verschieben',
  close: 'Details schließen',
  category: 'Kategorie',
  actors: 'Akteure',
  listSeparator: ', ',
  place: 'Ort',
  date: 'Datum',
  precision: 'Genauigkeit',
  sourceWords: 'In der Quelle: „{label}“',
  source: 'Quelle',
  saidBy: '— {speaker}',
  quotedIn: 'Zitat auf {language}',
  published: 'veröffentlicht: {date}',
  loading: 'Ereignisse werden geladen…',
  loadFailed: 'Ereignisse konnten nicht von {url} geladen werden: {reason}',
  retry: 'Erneut versuchen',
  empty: 'Keine Ereignisse anzuzeigen.',
  skipped: 'Nicht angezeigte Ereignisse: {count} von {total}',
  warnings: 'Hinweise zu den Daten: {count}',
  dismiss: 'Ausblenden',
  moreProblems: 'Weitere Arten von Problemen: {count}',
  cluster: 'Ereignisse: {count}, {when}, {category}; Eingabetaste zum Vergrößern',
  range: '{from} bis {to}',
  list: 'Liste',
  listHeading: 'Ereignisse im Ausschnitt: {count}',
  listMore: 'Die ersten {shown} von {total} sind aufgeführt; zum Auflisten der übrigen vergrößern.',
  keysHeading: 'Tastenkürzel',
  keys: [
    ['← → ↑ ↓', 'Vorheriges oder nächstes Ereignis (auf Seiten mit Schrift von rechts nach links führt → zurück in der Zeit)'],
    ['Pos1 / Ende', 'Erstes oder letztes Ereignis'],
    ['Eingabetaste / Leertaste', 'Ereignis auswählen oder in eine Gruppe hineinzoomen'],
    ['[ / ]', 'Vorheriges oder nächstes Ereignis auswählen'],
    ['Esc', 'Details oder diese Hilfe schließen'],
    ['+ / −', 'Vergrößern oder verkleinern'],
    ['Umschalt + ← →, Bild↑ / Bild↓', 'Früher oder später verschieben'],
    ['0', 'Alles anzeigen'],
    ['L', 'Ereignisliste ein- oder ausblenden'],
    ['?', 'Diese Hilfe anzeigen'],
  ],
  announceSelected: 'Ausgewählt: {name}',
  announceRange: 'Angezeigt: {from} bis {to}, Ereignisse: {count}',
  fold: '{from} bis {to}: keine Ereignisse',
  unfold: 'Klicken oder Eingabe drücken, um den Zeitraum maßstabsgetreu zu zeigen',
  previous: 'Zurück',
  next: 'Weiter',
  overview: 'Sichtbarer Teil der Zeitleiste',
  categories: {
    military: 'Militär',
    humanitarian: 'Humanitäres',
    ceasefire: 'Waffenruhe',
    diplomacy: 'Diplomatie',
    statement: 'Erklärung',
    other: 'Sonstiges',
    era: 'Zeitabschnitt',
  },
};

/** The German words for dates ("Ende 2016, ungefähr"; "Winter 2016/2017"; "die 2010er-Jahre"). */
export const dateWords: DateWords = Object.freeze({
  locale: 'de-DE',
  bce: '{date} v. Chr.',
  approximate: 'ungefähr',
  uncertain: 'unsicher',
  approximateAndUncertain: 'ungefähr und unsicher',
  early: 'Anfang {year}',
  mid: 'Mitte {year}',
  late: 'Ende {year}',
  firstHalf: 'erstes Halbjahr {year}',
  secondHalf: 'zweites Halbjahr {year}',
  spring: 'Frühjahr {year}',
  summer: 'Sommer {year}',
  autumn: 'Herbst {year}',
  winter: 'Winter {year}/{nextYear}',
  decade: 'die {decade}er-Jahre',
  century: 'die Jahre {first}–{last}',
  withQualifiers: '{date}, {qualifiers}',
  to: '{start} bis {end}',
  onward: 'ab {start}',
  until: 'bis {end}',
  unknown: 'Datum unbekannt',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: 'Beginn {qualifiers}',
  endQualifiers: 'Ende {qualifiers}',
  bothQualifiers: 'Beginn und Ende {qualifiers}',
  qualifierList: '{start}, {end}',
  precisions: Object.freeze({
    day: 'Tag',
    month: 'Monat',
    season: 'Jahreszeit',
    quarter: 'Quartal',
    half: 'Halbjahr',
    year: 'Jahr',
    decade: 'Jahrzehnt',
    century: 'Jahrhundert',
  }),
});
