/**
 * Names in English news text: runs of capitalised words ("Ali Akbar Velayati", "United Nations"), with titles
 * taken off ("Syrian Prime Minister Imad Khamis" → "Imad Khamis"), as actors and places of draft events.
 */

/** A run of capitalised words in a sentence. */
export interface NameRun {
  /** The words as written, possessive `'s` left out. */
  text: string;
  /** Where the run starts in the sentence. */
  index: number;
  /** Where it ends (exclusive). */
  end: number;
  /** Whether it starts at the sentence's first word (or the first word after an opening quote). */
  initial: boolean;
}

/** Title and office words that come before a name and are not part of it (compared in lower case). */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'interior', 'finance', 'secretary',
  'general', 'gen.', 'chief', 'leader', 'supreme', 'ayatollah', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'emir', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'special', 'ambassador', 'commander', 'colonel',
  'col.', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs',
  'ms', 'dr', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'chancellor', 'deputy', 'state', 'senior', 'adviser',
  'advisor', 'pope', 'bishop', 'judge', 'justice', 'speaker', 'chairman', 'chairwoman', 'director', 'head',
  'representative', 'rep.', 'premier', 'monarch', 'executive', 'officer', 'official', 'lawmaker', 'mp',
].map((word) => word.replace(/\.$/, '')));

/** Words that a capitalised run may start with at the start of a sentence without being a name. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'but', 'and', 'or', 'as', 'after', 'before', 'under', 'over',
  'from', 'with', 'without', 'during', 'since', 'until', 'while', 'when', 'if', 'although', 'though', 'this', 'that',
  'these', 'those', 'its', 'their', 'his', 'her', 'our', 'both', 'earlier', 'later', 'late', 'early', 'soon',
  'meanwhile', 'then', 'also', 'however', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'according', 'last',
  'next', 'some', 'many', 'most', 'several', 'all', 'one', 'two', 'three', 'about', 'around', 'nearly', 'more',
  'yesterday', 'today', 'tomorrow', 'shortly', 'afterwards', 'subsequently', 'despite', 'amid', 'following',
]);

/** Months and weekdays: capitalised, never names. */
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
].map((word) => word.replace(/\.$/, '')));

/** Lower-case words that may join capitalised ones inside a name ("Bank of England", "Bashar al-Assad"). */
const CONNECTORS = new Set(['of', 'al', 'al-', 'bin', 'ibn', 'de', 'la', 'van', 'von', 'der', 'du', 'el', 'da']);

/** Words that end a name of an organisation or a place, not a person's. */
const GROUP_WORDS =
  /\b(?:Nations|Cross|Crescent|Agency|Ministry|Council|Army|Forces|Party|Union|Bank|Office|Committee|Organi[sz]ation|States|Republic|Government|Police|Court|Parliament|Assembly|Front|Movement|Coalition|Alliance|Commission|Fund|Programme|Program|Authority|Department|Service|Guard|Corps|Brigade|Group|Press|News|Times|Post|Institute|University|Kingdom|Emirates|Federation|Association)\b/;

/** A word: initials with stops ("U.S."), or letters and digits with inner apostrophes and hyphens. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]*[\p{L}\p{M}\p{N}])?/gu;

/** Whether a word may be part of a name: capitalised, or an Arabic article before a capital ("al-Assad"). */
const isNameWord = (word: string) => /^\p{Lu}/u.test(word) || /^(?:al|el|ad|as|ash|an|ar)-\p{Lu}/u.test(word);
const stripPossessive = (word: string) => word.replace(/['’]s$/u, '');
const isTitleWord = (word: string) => TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * The runs of capitalised words in a sentence, with connectors inside them and without months, weekdays, a leading
 * function word ("The", "In") or a lone first word that the rest of the text never capitalises inside a sentence.
 *
 * @param sentence - One sentence.
 * @param namesInText - Words seen capitalised inside sentences of the whole text (see {@link capitalisedInside}).
 */
export function findNameRuns(sentence: string, namesInText: ReadonlySet<string>): NameRun[] {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length }));
  const firstWordIndex = words.length ? words[0].index : 0;
  const runs: NameRun[] = [];
  let current: typeof words = [];
  const flush = () => {
    const first = current[0];
    if (first) {
      const initial = sentence.slice(firstWordIndex, first.index).replace(/[\s"“‘'(]/g, '') === '';
      let kept = current;
      if (initial && FUNCTION_WORDS.has(first.text.toLowerCase())) kept = current.slice(1);
      else if (initial && current.length === 1 && !namesInText.has(stripPossessive(first.text))) kept = [];
      if (kept.length) {
        const last = kept[kept.length - 1];
        runs.push({ text: stripPossessive(sentence.slice(kept[0].index, last.end)), index: kept[0].index, end: last.end, initial });
      }
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const previous = current[current.length - 1];
    const joined = previous !== undefined && /^\s+$/.test(sentence.slice(previous.end, word.index)) && !/['’]s$/u.test(previous.text);
    if (isNameWord(word.text) && !CALENDAR_WORDS.has(word.text.toLowerCase())) {
      if (!joined) flush();
      current.push(word);
    } else if (joined && CONNECTORS.has(word.text.toLowerCase()) && words[i + 1] && isNameWord(words[i + 1].text)) {
      current.push(word);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** Every word that the text capitalises somewhere other than at the start of a sentence or of a quotation. */
export function capitalisedInside(sentences: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const sentence of sentences) {
    let previousEnd = -1;
    for (const m of sentence.matchAll(WORD)) {
      const gap = previousEnd < 0 ? '' : sentence.slice(previousEnd, m.index);
      if (previousEnd >= 0 && isNameWord(m[0]) && !/[“"‘:]\s*$/.test(gap)) seen.add(stripPossessive(m[0]));
      previousEnd = m.index + m[0].length;
    }
  }
  return seen;
}

/** Whether a word is a nationality or group adjective ("Syrian", "Iranian", "US") rather than a name. */
export function isDemonym(word: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}]*(?:ian|ean|ese|ish|i|ic|an)|Arab|Kurd|US|U\.S\.|UN|U\.N\.|EU|Kazakh|Dutch|French|Greek|Thai|Swiss|Czech|Welsh|Scots)$/u.test(word);
}

/**
 * A name without the titles before it: "Syrian Prime Minister Imad Khamis" → "Imad Khamis", "Ayatollah Ali
 * Khamenei" → "Ali Khamenei". A nationality is taken off only before a title. Returns `''` when nothing but titles is
 * left ("Leader").
 */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length && isDemonym(words[i]) && words.slice(i + 1).some(isTitleWord)) i++;
  let titled = false;
  while (i < words.length && isTitleWord(words[i])) {
    i++;
    titled = true;
  }
  if (!titled) {
    // "Agriculture Minister Vera Lund": an office of several words ends with a title word before the name
    let last = 0;
    for (let k = 1; k < words.length - 2; k++) if (isTitleWord(words[k])) last = k;
    i = last > 0 ? last + 1 : 0;
  }
  const rest = words.slice(i);
  if (rest.every((w) => isTitleWord(w) || CONNECTORS.has(w.toLowerCase()))) return '';
  return rest.join(' ');
}

/** Whether a name is a person's: two to four words, none of them a group or office word. */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 4 && !GROUP_WORDS.test(name) && !words.some((w) => isDemonym(w) && words.length === 1);
}

/** The short form of a speaker for a title: a person's surname, otherwise the whole name. */
export function shortName(name: string): string {
  const words = name.split(/\s+/);
  if (words.length >= 2 && words.length <= 4 && words.every(isNameWord) && isPersonName(name)) return words[words.length - 1];
  return name;
}

/** Place words before "of X" or ", X": "the town of Kessa", "the Kazakh capital of Astana", "the capital, Vesk". */
const PLACE_NOUN = /\b(?:city|town|village|capital|province|region|district|port|camp|county|state|island|border town|suburb|neighbo(?:u)?rhood)(?:\s+of|,)\s+$/;
/** Prepositions of place before a name ("in Geneva", "near Kessa"), with an optional direction ("northern"). */
const PLACE_PREP = /\b(?:in|at|near|outside|into|across|around|to|from)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western)\s+)?$/i;

/** Nouns after a name that make it an adjective ("the Damascus government", "the Arab country"), not a place. */
const ATTRIBUTIVE = /^\s+(?:country|countries|people|peoples|world|region|state|nation|government|governments|forces|army|side|authorities|officials|delegation|leadership|capital)\b/;

/**
 * The place of a sentence part: the first name after a place noun ("the town of Kessa"), else the first name after a
 * preposition of place ("in Geneva") that is not one of `people`. `undefined` when there is none.
 */
export function findPlace(text: string, runs: readonly NameRun[], people: ReadonlySet<string>): string | undefined {
  const candidates = runs.filter((run) => !people.has(stripTitles(run.text)) && !GROUP_WORDS.test(run.text) && !isDemonym(run.text));
  const byNoun = candidates.find((run) => PLACE_NOUN.test(text.slice(Math.max(0, run.index - 40), run.index)) && !ATTRIBUTIVE.test(text.slice(run.end)));
  if (byNoun) return byNoun.text;
  for (const run of candidates) {
    if (ATTRIBUTIVE.test(text.slice(run.end))) continue;
    const before = text.slice(Math.max(0, run.index - 40), run.index);
    const match = PLACE_PREP.exec(before);
    if (match) {
      const direction = /(\S+)\s+$/.exec(match[0])?.[1] ?? '';
      return /ern$|^(?:north|south|east|west|central)$/i.test(direction) ? `${direction} ${run.text}` : run.text;
    }
  }
  return undefined;
}
