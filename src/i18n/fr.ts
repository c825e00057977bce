import { fr } from 'date-fns/locale/fr';
import type { DateWords } from '../data/date-words.js';
import type { DateLocale } from '../data/format-date.js';
import type { TimelineStrings } from './strings.js';

/** The direction French is written in. */
export const dir: 'ltr' | 'rtl' = 'ltr';

/** The French month names of date-fns (`fr`). */
export const dateLocale: DateLocale = { locale: fr };

/**
 * The French interface strings, with the no-break space French typography puts before `:` and `;`, and counts after
 * a colon ("Événements : {count}") since a cluster may hold a single event.
 */
export const strings: TimelineStrings = {
  events: 'Événements',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  reset: 'Tout afficher',
  zoomControls: 'Zoom',
  showing: 'Période affichée\u00a0: {from} – {to}',
  legend: 'Légende',
  exactDate: 'date exacte',
  periodDate: 'date connue à une période près',
  approximateDate: 'date approximative ou incertaine',
  wheelHint: 'Utilisez {key} + molette pour zoomer, faites glisser pour vous déplacer',
  close: 'Fermer les détails',
  category: 'Catégorie',
  actors: 'Acteurs',
  listSeparator: ', ',
  place: 'Lieu',
  date: 'Date',
  precision: 'Précision',
  sourceWords: 'Dans la source\u00a0: «\u00a0{label}\u00a0»',
  source: 'Source',
  saidBy: '— {speaker}',
  quotedIn: 'Citation en {language}',
  published: 'publication\u00a0: {date}',
  loading: 'Chargement des événements…',
  loadFailed: 'Impossible de charger les événements depuis {url}\u00a0: {reason}',
  retry: 'Réessayer',
  empty: 'Aucun événement à afficher.',
  skipped: 'Événements non affichés\u00a0: {count} sur {total}',
  warnings: 'Remarques sur les données\u00a0: {count}',
  dismiss: 'Masquer',
  moreProblems: 'Autres types de problèmes\u00a0: {count}',
  cluster: 'Événements\u00a0: {count}, {when}, {category}\u202f; appuyez sur Entrée pour zoomer',
  range: '{from} – {to}',
  list: 'Liste',
  listHeading: 'Événements affichés\u00a0: {count}',
  listMore: 'Seuls les {shown} premiers sur {total} sont listés\u202f; zoomez pour lister les autres.',
  keysHeading: 'Raccourcis clavier',
  keys: [
    ['← → ↑ ↓', 'Événement précédent ou suivant dans le temps (dans les pages de droite à gauche, → remonte le temps)'],
    ['Origine / Fin', 'Premier ou dernier événement'],
    ['Entrée / Espace', 'Sélectionner l’événement, ou zoomer sur un groupe'],
    ['[ / ]', 'Sélectionner l’événement précédent ou suivant'],
    ['Échap', 'Fermer les détails ou cette aide'],
    ['+ / −', 'Zoom avant ou arrière'],
    ['Maj + ← →, Pg préc. / Pg suiv.', 'Se déplacer plus tôt ou plus tard'],
    ['0', 'Tout afficher'],
    ['L', 'Afficher ou masquer la liste des événements'],
    ['?', 'Afficher cette aide'],
  ],
  announceSelected: 'Sélectionné\u00a0: {name}',
  announceRange: 'Période affichée\u00a0: {from} – {to}, événements\u00a0: {count}',
  fold: 'De {from} à {to} : aucun événement',
  unfold: 'Cliquer ou appuyer sur Entrée pour l’afficher à l’échelle',
  previous: 'Précédent',
  next: 'Suivant',
  overview: 'Partie visible de la frise',
  categories: {
    military: 'Militaire',
    humanitarian: 'Humanitaire',
    ceasefire: 'Cessez-le-feu',
    diplomacy: 'Diplomatie',
    statement: 'Déclaration',
    other: 'Autre',
    era: 'Période',
  },
};

/**
 * The French words for dates. The qualifiers are feminine, agreeing with "date", which the templates name
 * ("fin 2016, date approximative"; "date de fin incertaine"). Spans use a dash: "de … à …" would need "du … au …"
 * before a day.
 */
export const dateWords: DateWords = Object.freeze({
  locale: 'fr-FR',
  bce: '{date} av. J.-C.',
  approximate: 'approximative',
  uncertain: 'incertaine',
  approximateAndUncertain: 'approximative et incertaine',
  early: 'début {year}',
  mid: 'mi-{year}',
  late: 'fin {year}',
  firstHalf: 'premier semestre {year}',
  secondHalf: 'second semestre {year}',
  spring: 'printemps {year}',
  summer: 'été {year}',
  autumn: 'automne {year}',
  winter: 'hiver {year}-{nextYear}',
  decade: 'les années {decade}',
  century: 'les années {first} à {last}',
  withQualifiers: '{date}, date {qualifiers}',
  to: '{start} – {end}',
  onward: 'à partir de {start}',
  until: 'jusqu’à {end}',
  onwardDay: 'à partir du {start}',
  untilDay: 'jusqu’au {end}',
  unknown: 'date inconnue',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: 'date de début {qualifiers}',
  endQualifiers: 'date de fin {qualifiers}',
  bothQualifiers: 'date de début et de fin {qualifiers}',
  qualifierList: '{start}, {end}',
  precisions: Object.freeze({
    day: 'jour',
    month: 'mois',
    season: 'saison',
    quarter: 'trimestre',
    half: 'semestre',
    year: 'année',
    decade: 'décennie',
    century: 'siècle',
  }),
});
