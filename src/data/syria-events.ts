/**
 * The article's events with every translation: the dataset as `syria-timeline/data` exports it. (`<syria-timeline>`
 * loads the events and only the translation of its reader's language; see `loadArticleEvents`.)
 */
import { translateArticleEvents } from './syria-article.js';
import { texts as ar } from './syria-translations/ar.js';
import { texts as de } from './syria-translations/de.js';
import { texts as es } from './syria-translations/es.js';
import { texts as fa } from './syria-translations/fa.js';
import { texts as fr } from './syria-translations/fr.js';
import { texts as ru } from './syria-translations/ru.js';
import { texts as tr } from './syria-translations/tr.js';
import type { TimelineEvent } from './types.js';

export { syriaArticle, ARTICLE_SPEAKER, SYRIA_LANGUAGES, type SyriaLanguage, type SyriaTexts } from './syria-article.js';

/**
 * Every datable event of the article, oldest first.
 *
 * Relative dates are resolved against the publication date (Wednesday 18 January 2017): "Late last year" is the
 * last quarter of 2016, approximate (`2016-36~`); "later" and the truce it led to are placed there too, since the
 * article puts them after the recapture and before the day it was written; "Earlier" (before the meetings of Wednesday) is about 18 January 2017;
 * "Wednesday" is 18 January 2017. Titles and summaries are neutral; the article's own wording stays in the quotes,
 * and each claim is attributed to whoever makes it.
 *
 * Every event has `translations` into Arabic, Persian, Turkish, Russian, French, German and Spanish: its title,
 * summary, date label, place and actors (`src/data/syria-translations/`), written to the same rules (see
 * {@link SyriaTexts}). The quotes stay the article's English sentences (`source.lang` is `en`).
 */
export const syriaEvents: readonly TimelineEvent[] = translateArticleEvents({ ar, fa, tr, ru, fr, de, es });
