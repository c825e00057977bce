import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadEvents, readListEvents, type LoadedEvents } from '../data/load-events.js';
import { sourceOf, type IssueSource } from '../data/issue-source.js';
import type { IssueGroup, summarizeSource } from '../data/summarize-issues.js';
import { translateEvents } from '../data/translate.js';
import type { TimelineEvent } from '../data/types.js';
import { checkEvents, type CheckedEvents, type ValidationResult } from '../data/validate.js';
import { createErrorEvent, type TimelineErrorDetail, type TimelineIssue } from '../events.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';

/** Where the data stands, as `@lit/task` says it: `pending` while `src` loads, `error` when that failed. */
export type DataStatus = 'complete' | 'pending' | 'error';

/**
 * What a {@link DataController.sync} changed in the layout: new `events`, only their `texts` (the same events in the
 * reader's new language), or nothing (`null`).
 */
export type DataChange = 'events' | 'texts' | null;

/** What a failed load leaves: nothing to draw. */
const NOTHING: LoadedEvents = { events: [], issues: [], total: 0, format: 'json' };

/**
 * How many groups of warnings are written to the console, one line each; past them, one more line says how many
 * kinds were left unsaid (data with hundreds of unknown field names would otherwise fill the console).
 */
const MAX_WARNINGS = 20;

/**
 * The events a host draws, shaped like `@lit/task` (without its bytes): the arguments are `events`, `src` and
 * `format`; a change of `src` or `format` loads `src` with an AbortSignal (cancelling the load before), and the
 * loaded events, else `events`, are validated and given to the layout in the reader's language (`translateEvents`;
 * a change of language gives the layout the same events in other words). With neither (no `src`, and `events` an
 * empty list), the events are read from an `<ol>` or `<ul>` among the host's own children (see `readEventsList`),
 * and read again whenever the host's children change. It keeps the status of the load, what could not be drawn and
 * why, and which object of the page each drawn event comes from.
 *
 * The host calls {@link sync} in `willUpdate`. `timeline-error` is fired for a failed load at once, and for data
 * with issues once the host has drawn it (`hostUpdated`) and the issues are summed up (see {@link useSummarizer}),
 * with every issue and their {@link summary}; then each group
 * of warnings (problems that left no event out) is written to the console once, with `console.warn`, as the page's
 * readers are not told about them. The issues themselves are made only when read (100,000 events with two unknown
 * fields have 200,000 of them, which the first frame need not wait for). A load still running when the host leaves
 * the page is cancelled, and started again when the host comes back.
 */
export class DataController implements ReactiveController {
  /** Where the data stands. */
  status: DataStatus = 'complete';
  /** Why the last load failed (when `status` is `error`). */
  error = '';
  /** The issues summed up by kind and field (see `summarizeIssues`): groups of events left out first. */
  summary: IssueGroup[] = [];
  /**
   * The groups the reader is told about: those of events left out, or of input that is no list of events (the
   * first groups of {@link summary}). Empty when every issue is a warning: then no notice is drawn.
   */
  notice: IssueGroup[] = [];
  /** How many events were given. */
  total = 0;
  /** Whether the reader dismissed the notice about the issues (until the data changes). */
  dismissed = false;
  /**
   * Issues that are still to be summed up, for want of {@link useSummarizer}: the host loads the summarizer (with
   * its deferred parts) while this is set, and `summary`, `notice` and `timeline-error` wait for it.
   */
  unsummed?: { source: IssueSource; name?: (index: number) => string };
  private _summarize?: typeof summarizeSource;

  /** The events, `src` and `format` of the last sync, the reader's language, and the list of events in the host's children. */
  private _args?: [readonly TimelineEvent[], string, string, string, Element | null];
  /** Whether the host's children changed since the list was read. */
  private _childrenChanged = false;
  private _observer?: MutationObserver;
  /** The valid events, as validated (in their own words). */
  private _validated: readonly TimelineEvent[] = [];
  /** What the layout has: {@link _validated} in the reader's language. */
  private _shown: readonly TimelineEvent[] = [];
  private _loaded: LoadedEvents | null = null;
  /** Whether a load ended since the last sync. */
  private _landed = false;
  /** Whether the host left the page while a load was running. */
  private _interrupted = false;
  /** Whether the issues of new data are still to be reported. */
  private _report = false;
  private _abort?: AbortController;
  /** The page's own object for the k-th validated event, for events the page gave. */
  private _original?: (k: number) => TimelineEvent;
  /** Makes the issues of the data (once read). */
  private _makeIssues: () => TimelineIssue[] = () => [];
  private _issues?: TimelineIssue[];

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _layout: TimelineLayout,
  ) {
    this._host.addController(this);
  }

  /**
   * Brings the data up to date with the host's `events`, `src` and `format`, in the reader's language `lang` (a BCP
   * 47 tag); returns what changed in the layout.
   */
  sync(events: readonly TimelineEvent[], src: string, format: string, lang: string): DataChange {
    const [before, beforeSrc, beforeFormat, beforeLang, beforeList] = this._args ?? [];
    const list = src || !Array.isArray(events) || events.length ? null : this._host.querySelector(':scope > ol, :scope > ul');
    this._args = [events, src, format, lang, list];
    const reread = list !== beforeList || (list !== null && this._childrenChanged);
    this._childrenChanged = false;
    if (src !== beforeSrc || (src && format !== beforeFormat) || reread || this._interrupted) this._load();
    if (this._landed || events !== before) {
      this._landed = false;
      this._setData(this._loaded ?? checkEvents(events), events);
      return 'events';
    }
    if (lang === beforeLang) return null;
    const shown = translateEvents(this._validated, lang);
    if (shown === this._shown) return null;
    this._layout.retext((this._shown = shown));
    return 'texts';
  }

  /**
   * What could not be drawn, or was drawn with a warning, and why: the validator's issues, then the layout's. Made
   * when first read.
   */
  get issues(): TimelineIssue[] {
    return (this._issues ??= this._makeIssues());
  }

  /** Hides the notice about the issues until the data changes. */
  dismiss(): void {
    this.dismissed = true;
    this._host.requestUpdate();
  }

  /**
   * Gives the controller `summarizeSource`, which the host loads with its deferred parts (data without issues never
   * needs it), and sums up the issues waiting for it.
   */
  useSummarizer(summarize: typeof summarizeSource): void {
    this._summarize = summarize;
    this._sum();
    this._host.requestUpdate();
  }

  /** Loads `src` again (the Retry button). */
  retry(): void {
    this._load();
    this._host.requestUpdate();
  }

  /** The title of the loaded file, when it has one (a TimelineJS title slide, a `title` of a JSON object); else `''`. */
  get title(): string {
    return this._loaded?.title ?? '';
  }

  /**
   * The object the page gave for the drawn event `id` (not the validated copy), or for events loaded from `src` the
   * validated event; in its own words either way, not in the reader's language. `null` for no drawn event.
   */
  originalOf(id: string): TimelineEvent | null {
    const item = this._layout.byId.get(id);
    return item ? (this._original?.(item.index) ?? this._validated[item.index]) : null;
  }

  /** What a relative URL in the events resolves against: the `src` file once loaded, else the page. */
  get baseUrl(): string {
    const src = this._args?.[1];
    return this._loaded && src ? new URL(src, document.baseURI).href : document.baseURI;
  }

  hostConnected(): void {
    if (this._interrupted) this._host.requestUpdate();
    // The host's children are where a list of events may be written; changes to the host's own attributes are not.
    this._observer ??= new MutationObserver((records) => {
      const [events, src] = this._args ?? [[], ''];
      if (src || !Array.isArray(events) || events.length) return;
      if (!records.some((record) => record.target !== this._host || record.type === 'childList')) return;
      this._childrenChanged = true;
      this._host.requestUpdate();
    });
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostUpdated(): void {
    if (!this._report || this.unsummed) return;
    this._report = false;
    if (!this.summary.length) return;
    // `issues` is made when a listener first reads it, not before.
    const data = this;
    const detail: TimelineErrorDetail = {
      get issues() {
        return data.issues;
      },
      summary: this.summary,
    };
    this._host.dispatchEvent(createErrorEvent(detail));
    const warnings = this.summary.filter((group) => !group.skipped);
    for (const group of warnings.slice(0, MAX_WARNINGS)) console.warn(`syria-timeline: ${group.message}`);
    if (warnings.length > MAX_WARNINGS) {
      const more = warnings.length - MAX_WARNINGS;
      console.warn(`syria-timeline: and ${more} more kinds of problem; timeline-error has them all`);
    }
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    if (this.status !== 'pending') return;
    this._abort?.abort();
    this.status = 'complete';
    this._interrupted = true;
  }

  private _load(): void {
    this._abort?.abort();
    this._abort = undefined;
    this._interrupted = false;
    const [, url, format, , list] = this._args!;
    this.status = 'complete';
    if (!url && !list) {
      this._landed ||= this._loaded !== null;
      this._loaded = null;
      return;
    }
    this.status = 'pending';
    // A server renders once: `src` is loaded in the page.
    if (isServer) return;
    const abort = (this._abort = new AbortController());
    const land = (loaded: LoadedEvents, error = '') => {
      if (abort.signal.aborted) return;
      this._loaded = loaded;
      this._landed = true;
      this.status = error ? 'error' : 'complete';
      this.error = error;
      this._host.requestUpdate();
      if (error) this._host.dispatchEvent(createErrorEvent({ issues: [], summary: [], load: { url, message: error } }));
    };
    const loading = url ? loadEvents(url, abort.signal, format || null) : readListEvents(list!);
    loading.then(land, (error: Error) => land(NOTHING, error.message));
  }

  /** Sums up the issues waiting, once the summarizer is there. */
  private _sum(): void {
    if (!this.unsummed || !this._summarize) return;
    const { source, name } = this.unsummed;
    this.summary = this._summarize(source, { name });
    this.notice = this.summary.filter((group) => group.skipped);
    this.unsummed = undefined;
  }

  /** Gives the validated events to the layout, and keeps what was left out and where each event came from. */
  private _setData(result: ValidationResult | CheckedEvents, events: readonly TimelineEvent[]): void {
    this._validated = result.events;
    this._layout.setEvents((this._shown = translateEvents(result.events, this._args![3])));
    // `timeline-select` hands back the object the page gave, not the validated copy drawn from it. Kept events are
    // in input order, so the k-th input that was not left out is the k-th event; which input that is, is worked out
    // when an event is first chosen.
    this._original = undefined;
    if (!this._loaded && Array.isArray(events) && 'isLeftOut' in result) {
      const inputs = events.slice();
      let kept: number[] | undefined;
      this._original = (k) => inputs[(kept ??= [...inputs.keys()].filter((index) => !result.isLeftOut(index)))[k]];
    }
    // The validator leaves out what the layout could not draw; anything the layout still refuses is reported too.
    const late: TimelineIssue[] = this._layout.issues.map((i) => {
      const path = `events[${i.index}].${i.field}`;
      return { index: i.index, id: i.id, code: i.code, path, message: `${path}: ${i.reason}`, skipped: true };
    });
    // Summed up without making the validator's issues: only the first of each kind is read whole.
    const [first, count]: [IssueSource, number] =
      'isLeftOut' in result ? [result, result.count] : [sourceOf(result.issues), result.issues.length];
    const then = sourceOf(late, count);
    this.summary = [];
    this.notice = [];
    this.unsummed = undefined;
    if (count + late.length) {
      const source: IssueSource = {
        forEachIssue(visit) {
          first.forEachIssue(visit);
          then.forEachIssue(visit);
        },
        issueAt: (ref) => (ref < count ? first : then).issueAt(ref),
      };
      this.unsummed = { source, name: this._loaded?.name };
      this._sum();
    }
    this._issues = undefined;
    this._makeIssues = () => [...result.issues, ...late];
    this.total = result.total;
    this.dismissed = false;
    this._report = true;
  }
}
