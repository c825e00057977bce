import type { EventSource, EventTranslation, SourceDocument, TimelineEvent } from './types.js';

/**
 * The news article the article's events (`syriaEvents`) come from: a report of Iranian President Hassan Rouhani's meeting with
 * Syrian Prime Minister Imad Khamis, published on Wednesday 18 January 2017, five days before the Astana talks.
 */
export const syriaArticle: SourceDocument = Object.freeze({
  title: 'Aleppo victory major step towards Syria peace: Iran’s president',
  published: '2017-01-18',
});

/** The speaker for sentences in which the article itself, not a person it quotes, makes the claim. */
export const ARTICLE_SPEAKER = 'The article (unattributed narration)';

/** The languages the article's events are translated into: those of the timeline's dictionaries but English. */
export const SYRIA_LANGUAGES = ['ar', 'fa', 'tr', 'ru', 'fr', 'de', 'es'] as const;

/** One of {@link SYRIA_LANGUAGES}. */
export type SyriaLanguage = (typeof SYRIA_LANGUAGES)[number];

/**
 * The article's events in one language: for each event its title, summary and (when it has one) date label, and the
 * events' places and actors by their English names. A place or name the language writes as English does (Astana,
 * Kazakhstan in French) is left out, and the event's own is shown.
 *
 * The same rules hold as for the English: titles and summaries are neutral, with the article's charged words left
 * to the quotes (which are never translated), and each claim attributed to whoever makes it. Names are written as
 * the press of each language writes them (Rohani, Ruhani, Роухани, روحانی), and numbers in the digits of that
 * language's interface.
 */
export interface SyriaTexts {
  /** By event id: its title, its summary, and its date label when the event has one. */
  events: Readonly<Record<string, readonly [title: string, summary: string, dateLabel?: string]>>;
  /** The events' places, by their English name. */
  places: Readonly<Record<string, string>>;
  /** The events' actors, by their English name. */
  actors: Readonly<Record<string, string>>;
}

/** A sentence of the article (in English, as it was published), and whose words or claim it is. */
const cite = (quote: string, speaker: string): EventSource =>
  Object.freeze({ quote, speaker, title: syriaArticle.title, published: syriaArticle.published, lang: 'en' });

// Sentences of the article that more than one event comes from.
const ALEPPO_RETAKEN =
  'Late last year, the army managed to liberate the eastern sector of Aleppo, the country’s second-largest city, which had fallen to Takfiri groups back in 2012.';
const ALEPPO_EVACUATION =
  'Government forces later secured the evacuation of remaining civilians and armed elements from the city under a ceasefire deal, brokered by Russia and Turkey, which were respectively representing the Syrian government and the armed factions.';

/**
 * Every datable event of the article, oldest first.
 *
 * Relative dates are resolved against the publication date (Wednesday 18 January 2017): "Late last year" is the
 * last quarter of 2016, approximate (`2016-36~`); "later" and the truce it led to are placed there too, since the
 * article puts them after the recapture and before the day it was written; "Earlier" (before the meetings of Wednesday) is about 18 January 2017;
 * "Wednesday" is 18 January 2017. Titles and summaries are neutral; the article's own wording stays in the quotes,
 * and each claim is attributed to whoever makes it. The quotes are the article's English sentences (`source.lang`
 * is `en`).
 *
 * These are the events in English only; `syriaEvents` has them with every translation ({@link translateArticleEvents}).
 */
export const articleEvents: readonly TimelineEvent[] = Object.freeze(
  [
    {
      id: 'conflict-begins',
      title: 'Armed conflict in Syria begins',
      summary: 'The article dates the start of the armed conflict in Syria to 2011.',
      start: '2011',
      dateLabel: 'in 2011',
      category: 'military',
      actors: ['Syrian government', 'Armed opposition groups'],
      place: 'Syria',
      source: cite(
        'By doing so, the Syrian forces both restored the entirety of the city to government control and dealt the hardest blow to the militants since the onset of their campaign of foreign-fueled violence in Syria in 2011.',
        ARTICLE_SPEAKER,
      ),
    },
    {
      id: 'foreign-support-for-armed-groups',
      title: 'Alleged foreign support for armed groups',
      summary:
        'The article states that the United States, Turkey, Saudi Arabia and Qatar have given financial and political support to armed opposition groups since 2011, and still do.',
      start: '2011',
      end: '..',
      dateLabel: 'since 2011',
      category: 'diplomacy',
      actors: ['United States', 'Turkey', 'Saudi Arabia', 'Qatar', 'Armed opposition groups'],
      place: 'Syria',
      source: cite(
        'The United States and its regional allies, namely Turkey, Saudi Arabia, and Qatar, have been lavishing financial and political support on anti-Syria terror groups since 2011, when the outfits unleashed their campaign of violence against the country.',
        ARTICLE_SPEAKER,
      ),
    },
    {
      id: 'us-stance-on-syrian-government',
      title: 'US seeks government’s removal, Velayati says',
      summary:
        'Ali Akbar Velayati says the United States has sought to remove the Syrian government since the conflict began. The start of the span is the start of the conflict, which the article dates to 2011.',
      start: '2011~',
      end: '..',
      dateLabel: 'from the start',
      category: 'diplomacy',
      actors: ['United States', 'Syrian government'],
      place: 'Syria',
      source: cite(
        'The US has, from the start, insisted on deposing Syria’s legitimate government, he added.',
        'Ali Akbar Velayati',
      ),
    },
    {
      id: 'aleppo-east-taken-by-armed-groups',
      title: 'Armed groups take eastern Aleppo',
      summary: 'Armed opposition groups take control of the eastern part of Aleppo.',
      start: '2012',
      dateLabel: 'back in 2012',
      category: 'military',
      actors: ['Armed opposition groups'],
      place: 'Eastern Aleppo, Syria',
      source: cite(ALEPPO_RETAKEN, ARTICLE_SPEAKER),
    },
    {
      id: 'aleppo-east-retaken',
      title: 'Syrian army retakes eastern Aleppo',
      summary:
        'Syrian government forces take the eastern part of Aleppo, the country’s second-largest city, bringing the whole city under government control.',
      start: '2016-36~',
      dateLabel: 'Late last year',
      category: 'military',
      actors: ['Syrian Army'],
      place: 'Eastern Aleppo, Syria',
      source: cite(ALEPPO_RETAKEN, ARTICLE_SPEAKER),
    },
    {
      id: 'aleppo-ceasefire-deal',
      title: 'Russia and Turkey broker Aleppo ceasefire',
      summary:
        'A ceasefire deal for Aleppo is brokered by Russia, on the side of the Syrian government, and Turkey, on the side of the armed groups.',
      start: '2016-36~',
      dateLabel: 'later',
      category: 'ceasefire',
      actors: ['Russia', 'Turkey', 'Syrian government', 'Armed opposition groups'],
      place: 'Aleppo, Syria',
      source: cite(ALEPPO_EVACUATION, ARTICLE_SPEAKER),
    },
    {
      id: 'aleppo-evacuation',
      title: 'Civilians and fighters leave Aleppo',
      summary:
        'Under the ceasefire deal, the remaining civilians and armed fighters leave the city, with government forces overseeing the evacuation.',
      start: '2016-36~',
      dateLabel: 'later',
      category: 'humanitarian',
      actors: ['Syrian government forces', 'Civilians', 'Armed opposition groups'],
      place: 'Aleppo, Syria',
      source: cite(ALEPPO_EVACUATION, ARTICLE_SPEAKER),
    },
    {
      id: 'nationwide-truce',
      title: 'Nationwide truce agreed in Syria',
      summary:
        'Following the Aleppo deal, a truce covering all of Syria is agreed between the Syrian government and armed opposition groups.',
      start: '2016-36~',
      category: 'ceasefire',
      actors: ['Syrian government', 'Armed opposition groups'],
      place: 'Syria',
      source: cite(
        'The Aleppo deal set the stage for a landmark all-Syria truce deal between Damascus and foreign-backed militant groups.',
        ARTICLE_SPEAKER,
      ),
    },
    {
      id: 'zarif-opposes-us-at-talks',
      title: 'Zarif opposes US presence at the talks',
      summary:
        'Iranian Foreign Minister Mohammad Javad Zarif states Iran’s opposition to the United States taking part in the negotiations.',
      start: '2017-01-18~',
      dateLabel: 'Earlier',
      category: 'statement',
      actors: ['Mohammad Javad Zarif', 'Iran', 'United States'],
      source: cite(
        'Earlier, Iranian Foreign Minister Mohammad Javad Zarif also communicated Tehran’s opposition to Washington’s presence at the negotiation table.',
        'Mohammad Javad Zarif',
      ),
    },
    {
      id: 'rouhani-meets-khamis',
      title: 'Rouhani meets Syrian PM Khamis',
      summary:
        'Iranian President Hassan Rouhani receives the visiting Syrian Prime Minister Imad Khamis and comments on the outcome in Aleppo.',
      start: '2017-01-18',
      dateLabel: 'Wednesday',
      category: 'diplomacy',
      actors: ['Hassan Rouhani', 'Imad Khamis'],
      place: 'Tehran, Iran',
      source: cite(
        'In a Wednesday meeting with visiting Syrian Prime Minister Imad Khamis, Rouhani said had the Takfiri terrorists and their supporters won in Aleppo, “a dangerous path would have opened up for the region and an uncertain future befallen it.”',
        'Hassan Rouhani',
      ),
    },
    {
      id: 'rouhani-praises-ceasefire',
      title: 'Rouhani on Aleppo and the ceasefire',
      summary:
        'Rouhani describes the government’s win in Aleppo and the nationwide ceasefire as two steps towards peace and stability in Syria.',
      start: '2017-01-18',
      category: 'statement',
      actors: ['Hassan Rouhani'],
      place: 'Tehran, Iran',
      source: cite(
        'The Iranian chief executive praised the Aleppo triumph as well as the Syria ceasefire as “two important steps towards establishment of peace and stability in the Arab country.”',
        'Hassan Rouhani',
      ),
    },
    {
      id: 'rouhani-pledges-support',
      title: 'Rouhani pledges continued Iranian support',
      summary: 'Rouhani says Iran’s government, people and Supreme Leader have supported the Syrian people and will go on doing so.',
      start: '2017-01-18',
      category: 'statement',
      actors: ['Hassan Rouhani', 'Iran'],
      place: 'Tehran, Iran',
      source: cite(
        '“The Iranian government, people, and Leader [Ayatollah Seyyed Ali Khamenei] have always stood by the Syrian people and will always do so,” the Iranian president noted.',
        'Hassan Rouhani',
      ),
    },
    {
      id: 'khamis-credits-army-and-iran',
      title: 'Khamis credits army and Iran',
      summary:
        'Imad Khamis attributes the outcome in Aleppo to the Syrian people and army and to Iran’s support, and says Syrians mean to restore security.',
      start: '2017-01-18',
      category: 'statement',
      actors: ['Imad Khamis'],
      place: 'Tehran, Iran',
      source: cite(
        'Khamis, for his part, said the Aleppo victory owes to the perseverance and resistance of the Syrian people and army as well as Iran’s unstinting support.',
        'Imad Khamis',
      ),
    },
    {
      id: 'khamis-meets-velayati',
      title: 'Khamis meets Velayati',
      summary:
        'Khamis meets Ali Akbar Velayati, a senior adviser to Iran’s Supreme Leader, who says Iran opposes US participation in the Astana talks. The article gives no separate date for this meeting during the same visit.',
      start: '2017-01-18~',
      category: 'diplomacy',
      actors: ['Imad Khamis', 'Ali Akbar Velayati', 'United States'],
      place: 'Tehran, Iran',
      source: cite(
        'Khamis also met with Ali Akbar Velayati, a senior advisor to Ayatollah Khamenei, who said the Islamic Republic is “vehemently opposed” to the US participation in the upcoming conflict resolution talks in the Kazakh capital of Astana.',
        'Ali Akbar Velayati',
      ),
    },
    {
      id: 'velayati-on-astana-talks',
      title: 'Velayati on the Astana talks',
      summary:
        'Velayati says the Astana talks result from the military gains of the Syrian government and its allies, and that the groups’ backers should not gain politically from them.',
      start: '2017-01-18~',
      category: 'statement',
      actors: ['Ali Akbar Velayati'],
      place: 'Tehran, Iran',
      source: cite(
        '“The talks will be the result of the victories of the Syrian government and people as well as their allies,” said Velayati, adding that the parties, which have long supported the terror groups and faced defeat on the battlefield, should not be allowed to “exploit the political arena and reap their desired results.”',
        'Ali Akbar Velayati',
      ),
    },
    {
      id: 'astana-talks',
      title: 'Astana talks',
      summary:
        'Negotiations between representatives of the Syrian government and armed opposition groups, mediated by Russia, Turkey and Iran, scheduled (at the time of the article) to open in Astana.',
      start: '2017-01-23',
      dateLabel: 'on January 23',
      category: 'diplomacy',
      actors: ['Syrian government', 'Armed opposition groups', 'Russia', 'Turkey', 'Iran'],
      place: 'Astana, Kazakhstan',
      source: cite(
        'The negotiations will be held between representatives from the Damascus government and foreign-sponsored opposition groups on January 23.',
        ARTICLE_SPEAKER,
      ),
    },
  ].map((event) => Object.freeze({ ...event, actors: Object.freeze(event.actors) })),
);

/**
 * The article's events with `translations` from `texts`, by language: each event's title, summary and date label,
 * and its place and actors as that language writes them. Every object is new and frozen.
 */
export function translateArticleEvents(texts: Readonly<Partial<Record<SyriaLanguage, SyriaTexts>>>): readonly TimelineEvent[] {
  return Object.freeze(articleEvents.map((event) => Object.freeze({ ...event, translations: translationsOf(event, texts) })));
}

function translationsOf(
  event: TimelineEvent,
  texts: Readonly<Partial<Record<SyriaLanguage, SyriaTexts>>>,
): Readonly<Record<string, EventTranslation>> {
  const entries = Object.entries(texts).map(([lang, language]) => {
    const [title, summary, dateLabel] = language.events[event.id];
    const place = event.place === undefined ? undefined : language.places[event.place];
    const actors = event.actors?.map((name) => language.actors[name] ?? name);
    const entry: EventTranslation = {
      title,
      summary,
      ...(event.dateLabel !== undefined && { dateLabel }),
      ...(place !== undefined && { place }),
      ...(actors !== undefined && { actors: Object.freeze(actors) }),
    };
    return [lang, Object.freeze(entry)] as const;
  });
  return Object.freeze(Object.fromEntries(entries));
}

/** The texts of each language loaded so far by {@link loadArticleEvents}, and the loads under way. */
const loaded: Partial<Record<SyriaLanguage, SyriaTexts>> = {};
const loading = new Map<SyriaLanguage, Promise<void>>();
/** The events last made by {@link loadArticleEvents}, and from which languages. */
let made: { languages: string; events: readonly TimelineEvent[] } | undefined;

/**
 * The article's events for a reader of `tag` (a BCP 47 tag): with the translations of its language, loaded the first
 * time it is asked for (next to the standalone bundle, `syria-timeline.syria-events-ar.js` and so on), and of every
 * language loaded before. The same array comes back as long as no other language has been loaded. English, another
 * language, or a language whose texts could not be loaded gives the events with what was loaded so far.
 */
export async function loadArticleEvents(tag: string): Promise<readonly TimelineEvent[]> {
  const primary = tag.trim().split(/[-_]/, 1)[0].toLowerCase();
  const lang = SYRIA_LANGUAGES.find((l) => l === primary);
  if (lang && !loaded[lang]) {
    let load = loading.get(lang);
    if (!load) {
      load = importTexts(lang).then(({ texts }) => void (loaded[lang] = texts));
      loading.set(lang, load);
    }
    // A failed load is forgotten, so that a later call tries again; the events come without that language.
    await load.catch(() => loading.delete(lang));
  }
  const languages = SYRIA_LANGUAGES.filter((l) => loaded[l]).join();
  if (made?.languages !== languages) made = { languages, events: translateArticleEvents(loaded) };
  return made.events;
}

/** A literal path per language, so that bundlers split each language's texts into a file of its own. */
function importTexts(lang: SyriaLanguage): Promise<{ texts: SyriaTexts }> {
  switch (lang) {
    case 'ar':
      return import('./syria-translations/ar.js');
    case 'fa':
      return import('./syria-translations/fa.js');
    case 'tr':
      return import('./syria-translations/tr.js');
    case 'ru':
      return import('./syria-translations/ru.js');
    case 'fr':
      return import('./syria-translations/fr.js');
    case 'de':
      return import('./syria-translations/de.js');
    case 'es':
      return import('./syria-translations/es.js');
  }
}
