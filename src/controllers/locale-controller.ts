import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DateWords } from '../data/date-words.js';
import { createDescriber, type Describer } from '../i18n/describe.js';
import { english, loadLocale, matchLocale, resolveLocale, type LocaleDictionary, type SupportedLocale } from '../i18n/index.js';
import type { TimelineStrings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

const WATCHED = { attributes: true, attributeFilter: ['dir', 'lang'] };

/** The connected hosts, and the one observer they share while there is any. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function notify(records: MutationRecord[]): void {
  for (const host of hosts) if (records.some((r) => r.target.contains(host))) host.requestUpdate();
}

/**
 * The language and direction of a host: its dictionary (loaded when first used), the strings and date words in
 * use with the page's own on top, the describer of what it draws, its language tag, and whether it is laid out
 * right to left. The host calls {@link sync} in `willUpdate`, before it reads any of them.
 *
 * A `dir` or `lang` attribute changed on the host or on one of its ancestors in the document updates the host,
 * since both change how it draws and neither reaches it as a property. One MutationObserver, made for the first
 * connected host and disconnected with the last, serves every host on the page, told about those two attributes
 * only; it watches each host itself too, so that a host inside another element's shadow root still follows its own.
 */
export class LocaleController implements ReactiveController {
  /** The interface strings in use. */
  strings!: TimelineStrings;
  /** The date words in use; their `locale` (BCP 47) writes dates and digits. */
  words!: DateWords;
  /** Says what the host draws, in these words. */
  describe!: Describer;
  /** The language tag in use (`locale`, else the nearest `lang`, else `en`). */
  tag!: string;
  /** Whether the host is laid out right to left (its computed `direction`). */
  rtl = false;

  private _lang: SupportedLocale = 'en';
  /** The dictionary of `_lang` (English until another one has loaded). */
  private _dict = english;
  /** What the words were last merged from; `undefined` asks for a merge. */
  private _from?: [LocaleDictionary, string, Partial<TimelineStrings>?, Partial<DateWords>?];

  constructor(private readonly _host: Host) {
    this._host.addController(this);
  }

  /**
   * Brings everything up to date with the host's `locale`, `strings` and `dateWords` (see `EventTimeline`), and
   * starts loading the dictionary of a new language. Returns whether the words changed.
   */
  sync(locale: string, strings?: Partial<TimelineStrings>, dateWords?: Partial<DateWords>): boolean {
    // A server knows the host's own attributes only: no style, no ancestors.
    this.rtl = isServer ? this._host.getAttribute('dir') === 'rtl' : getComputedStyle(this._host).direction === 'rtl';
    const tag = (locale || (isServer ? this._host.getAttribute('lang') ?? '' : resolveLocale(this._host))).trim() || 'en';
    const lang = matchLocale(tag);
    if (lang !== this._lang) {
      this._lang = lang;
      void loadLocale(lang).then(
        (dict) => {
          if (this._lang !== lang) return;
          this._dict = dict;
          this._host.requestUpdate();
        },
        () => undefined,
      );
    }
    const from = this._from;
    const dict = this._dict;
    if (from && from[0] === dict && from[1] === tag && from[2] === strings && from[3] === dateWords) return false;
    this._from = [dict, tag, strings, dateWords];
    this.tag = tag;
    this.strings = { ...dict.strings, ...strings, categories: { ...dict.strings.categories, ...strings?.categories } };
    // A tag with a region (ar-SY, fr-CA) says how to write dates and numbers; a bare language uses the dictionary's.
    const wordsLocale = /-/.test(tag) && matchLocale(tag) === lang ? tag : dict.dateWords.locale;
    this.words = { ...dict.dateWords, locale: wordsLocale, ...dateWords };
    this.describe = createDescriber(this.strings, this.words);
    return true;
  }

  hostConnected(): void {
    hosts.add(this._host);
    if (!observer) {
      observer = new MutationObserver(notify);
      observer.observe(document.documentElement, { subtree: true, ...WATCHED });
    }
    observer.observe(this._host, WATCHED);
  }

  hostDisconnected(): void {
    hosts.delete(this._host);
    if (hosts.size) return;
    observer?.disconnect();
    observer = undefined;
  }
}
