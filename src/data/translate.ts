/**
 * Events in the reader's language: the texts of an event's `translations` that a timeline shows for a language tag.
 */
import { languageTag } from './language-tag.js';
import type { TimelineEvent } from './types.js';
import { TRANSLATION_FIELDS } from './validate.js';

/**
 * The tags whose translations a reader of `tag` is shown, most specific first: the tag without its extensions,
 * then shorter and shorter, as RFC 4647's lookup goes (`ar-Arab-SY-u-nu-latn` → `ar-Arab-SY`, `ar-Arab`, `ar`).
 * `de_CH` counts as `de-CH`; a tag that is no language tag gives none.
 */
function fallbackTags(tag: string): string[] {
  const canonical = languageTag(tag.trim().replace(/_/g, '-'));
  if (canonical === null) return [];
  // The subtags before the first singleton (`-u-`, `-x-`): language, script, region, variants.
  const subtags = canonical.split('-');
  const end = subtags.findIndex((s, i) => i > 0 && s.length === 1);
  const base = subtags.slice(0, end < 0 ? undefined : end);
  return base.map((_, i) => base.slice(0, base.length - i).join('-'));
}

/** What {@link translateEvents} made of each array, by the reader's tag; `null` for an array without translations. */
const translated = new WeakMap<readonly TimelineEvent[], Map<string, readonly TimelineEvent[]> | null>();

/**
 * The events as a reader of `tag` sees them: each field of {@link TRANSLATION_FIELDS} from the event's
 * `translations` for `tag` or, field by field, for its shorter forms (`ar-SY`, then `ar`), else the event's own. An
 * event with nothing to translate is the same object; `id`, dates, category, `source` (the quote stays verbatim) and
 * `translations` are kept as they are, and so is the order.
 *
 * The keys of `translations` are matched as `validateEvents` leaves them: canonical tags (`ar-SY`, not `AR_sy`).
 *
 * Memoised: for the same array and tag, the same array comes back, and when no event has translations, or none for
 * `tag`, it is `events` itself. One pass over the events when they are first asked for in a language (and one to
 * see whether any has translations, when the array is first seen).
 *
 * @param events - Validated events.
 * @param tag - The reader's language, a BCP 47 tag (`ar-SY`, `fr`).
 */
export function translateEvents(events: readonly TimelineEvent[], tag: string): readonly TimelineEvent[] {
  let byTag = translated.get(events);
  if (byTag === undefined) {
    byTag = events.some((e) => e.translations !== undefined) ? new Map() : null;
    translated.set(events, byTag);
  }
  if (byTag === null) return events;
  let shown = byTag.get(tag);
  if (shown === undefined) {
    const tags = fallbackTags(tag);
    let changed = false;
    const out = events.map((event) => {
      const copy = translateEvent(event, tags);
      changed ||= copy !== event;
      return copy;
    });
    shown = changed ? out : events;
    byTag.set(tag, shown);
  }
  return shown;
}

/** `event` with the fields that `translations` has for the first of `tags` that has them; itself when none. */
function translateEvent(event: TimelineEvent, tags: readonly string[]): TimelineEvent {
  const translations = event.translations;
  if (translations === undefined) return event;
  let texts: Record<string, unknown> | undefined;
  for (const field of TRANSLATION_FIELDS) {
    for (const tag of tags) {
      const value = Object.hasOwn(translations, tag) ? translations[tag][field] : undefined;
      if (value === undefined) continue;
      (texts ??= {})[field] = value;
      break;
    }
  }
  // One copy with everything at once: V8 copies a spread object and then writes its fields several times slower.
  return texts === undefined ? event : Object.assign({}, event, texts);
}
