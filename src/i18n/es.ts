import { es } from 'date-fns/locale/es';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction Spanish is written in. */
export const dir: 'ltr' | 'rtl' = 'ltr';

/** The Spanish month names of date-fns (`es`), joined to the day and the year with «de» (18 de enero de 2017). */
export const dateLocale: DateLocale = {
  locale: es,
  patterns: {
    'month-year': "LLLL 'de' y",
    'day-month-year': "d 'de' MMMM 'de' y",
  },
};

/**
 * The Spanish (Spain) interface strings, addressing the reader as "tú" as most Spanish interfaces now do; counts
 * follow a colon ("Acontecimientos: {count}") since a cluster may hold a single event.
 */
export const strings: TimelineStrings = {
  events: 'Acontecimientos',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  reset: 'Mostrar todo',
  zoomControls: 'Zoom',
  showing: 'Mostrando de {from} a {to}',
  legend: 'Leyenda',
  exactDate: 'fecha exacta',
  periodDate: 'fecha conocida solo por periodo',
  approximateDate: 'fecha aproximada o incierta',
  wheelHint: 'Usa {key} + rueda para hacer zoom y arrastra para desplazarte',
  close: 'Cerrar detalles',
  category: 'Categoría',
  actors: 'Actores',
  listSeparator: ', ',
  place: 'Lugar',
  date: 'Fecha',
  precision: 'Precisión',
  sourceWords: 'En la fuente: «{label}»',
  source: 'Fuente',
  saidBy: '— {speaker}',
  quotedIn: 'Cita en {language}',
  published: 'publicado: {date}',
  loading: 'Cargando acontecimientos…',
  loadFailed: 'No se pudieron cargar los acontecimientos desde {url}: {reason}',
  retry: 'Reintentar',
  empty: 'No hay acontecimientos que mostrar.',
  skipped: 'Acontecimientos no mostrados: {count} de {total}',
  warnings: 'Notas sobre los datos: {count}',
  dismiss: 'Ocultar',
  moreProblems: 'Otros tipos de problemas: {count}',
  cluster: 'Acontecimientos: {count}, {when}, {category}; pulsa Intro para ampliar',
  range: 'de {from} a {to}',
  list: 'Lista',
  listHeading: 'Acontecimientos a la vista: {count}',
  listMore: 'Se listan los primeros {shown} de {total}; acerca la vista para listar el resto.',
  keysHeading: 'Atajos de teclado',
  keys: [
    ['← → ↑ ↓', 'Acontecimiento anterior o siguiente en el tiempo (en páginas de derecha a izquierda, → retrocede en el tiempo)'],
    ['Inicio / Fin', 'Primer o último acontecimiento'],
    ['Intro / Espacio', 'Seleccionar el acontecimiento, o ampliar un grupo'],
    ['[ / ]', 'Seleccionar el acontecimiento anterior o siguiente'],
    ['Esc', 'Cerrar los detalles o esta ayuda'],
    ['+ / −', 'Acercar o alejar'],
    ['Mayús + ← →, Re Pág / Av Pág', 'Desplazar hacia antes o hacia después'],
    ['0', 'Mostrar todo'],
    ['L', 'Mostrar u ocultar la lista de acontecimientos'],
    ['?', 'Mostrar esta ayuda'],
  ],
  announceSelected: 'Seleccionado: {name}',
  announceRange: 'Mostrando de {from} a {to}, acontecimientos: {count}',
  fold: 'De {from} a {to}: sin acontecimientos',
  unfold: 'Haga clic o pulse Intro para verlo a escala',
  previous: 'Anterior',
  next: 'Siguiente',
  overview: 'Parte visible de la cronología',
  categories: {
    military: 'Militar',
    humanitarian: 'Humanitario',
    ceasefire: 'Alto el fuego',
    diplomacy: 'Diplomacia',
    statement: 'Declaración',
    other: 'Otro',
    era: 'Periodo',
  },
};

/**
 * The Spanish words for dates. The qualifiers are feminine, agreeing with "fecha", which the templates name
 * ("finales de 2016, fecha aproximada"; "fecha de fin incierta").
 */
export const dateWords: DateWords = Object.freeze({
  locale: 'es-ES',
  bce: '{date} a. C.',
  approximate: 'aproximada',
  uncertain: 'incierta',
  approximateAndUncertain: 'aproximada e incierta',
  early: 'principios de {year}',
  mid: 'mediados de {year}',
  late: 'finales de {year}',
  firstHalf: 'primer semestre de {year}',
  secondHalf: 'segundo semestre de {year}',
  spring: 'primavera de {year}',
  summer: 'verano de {year}',
  autumn: 'otoño de {year}',
  winter: 'invierno de {year}-{nextYear}',
  decade: 'la década de {decade}',
  century: 'los años {first}–{last}',
  withQualifiers: '{date}, fecha {qualifiers}',
  to: 'de {start} a {end}',
  onward: 'desde {start}',
  until: 'hasta {end}',
  onwardDay: 'desde el {start}',
  untilDay: 'hasta el {end}',
  unknown: 'fecha desconocida',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: 'fecha de inicio {qualifiers}',
  endQualifiers: 'fecha de fin {qualifiers}',
  bothQualifiers: 'fecha de inicio y de fin {qualifiers}',
  qualifierList: '{start}, {end}',
  precisions: Object.freeze({
    day: 'día',
    month: 'mes',
    season: 'estación',
    quarter: 'trimestre',
    half: 'semestre',
    year: 'año',
    decade: 'década',
    century: 'siglo',
  }),
});
