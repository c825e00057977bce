/**
 * What the element tests share: putting a timeline in the page, waiting until it has drawn, and reading what it drew.
 * Nothing here is imported from src/ at run time, so the tests of the built bundle (which must load only dist/) use
 * it too; each helper needs of an element only its shadow root and Lit's `updateComplete`.
 */
import { fixture, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ROOM_AT_REST_MS, whenIdle } from '../src/controllers/when-idle.js';

/** An element that renders asynchronously, as Lit elements do. */
export interface Rendered extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
}

/** How `mount` places an element. */
export interface MountOptions<T> {
  /** Width of the element's container, in px; default 1000. */
  widthPx?: number;
  /** More CSS for the container, after its width (e.g. `margin: 0`). */
  style?: string;
  /** Attributes, set before the element is connected. */
  attrs?: Record<string, string>;
  /** Properties, set before the element is connected (e.g. `events`). */
  props?: Partial<T>;
  /** Whether a `<button id="before">` comes first in the container, for tests that Tab into the element. */
  before?: boolean;
}

/** The element's shadow root. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/**
 * Waits until `el` has drawn what its last change leads to: its pending update, then two animation frames (a
 * ResizeObserver reports the new width before the first paint, and the update that width asks for renders by the
 * next), then that update. It waits on the element and on frames, never on a clock.
 */
export async function settle(el: Rendered): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/**
 * Puts a new `<tag>` in a fixture container `widthPx` wide (see `MountOptions`), waits for the fixture, then
 * settles the element and returns it. Tags this program declares are typed by themselves; for others (the tests of
 * the bundle), say the type: `mount<Timeline>('syria-timeline')`.
 */
export function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options?: MountOptions<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K]>;
export function mount<T extends Rendered>(tag: string, options?: MountOptions<T>): Promise<T>;
export async function mount(tag: string, options: MountOptions<Rendered> = {}): Promise<Rendered> {
  const { widthPx = 1000, style = '', attrs = {}, props = {}, before = false } = options;
  const container = document.createElement('div');
  container.style.cssText = `width: ${widthPx}px; ${style}`;
  if (before) container.append(Object.assign(document.createElement('button'), { id: 'before', textContent: 'before' }));
  const el = document.createElement(tag) as Rendered;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  container.append(el);
  await fixture(container);
  await settle(el);
  await listDrawn(el);
  return el;
}

/**
 * Waits until a timeline with events has drawn its list of them: the list for screen readers is drawn after the
 * chart's first frame, once the page is at rest, with the deferred parts, so it may come after `settle`.
 */
export function listDrawn(el: Rendered): Promise<void> {
  const events = () => (el as Rendered & { drawnEvents?: readonly unknown[] }).drawnEvents?.length ?? 0;
  return drawnOnceIdle(el, () => events() === 0 || !!root(el).querySelector('[part~="list"]'), 'the list of events');
}

/**
 * Waits until `drawn()` holds of what `el` drew after the page was at rest (the hidden list, which follows the view
 * once a change of it has ended, and the parts drawn with it), in rounds of what the element waits for: a frame,
 * then an idle period with the room the list waits for. It never asks for a frame while it waits for the idle period
 * (with a frame always due, the page would never be at rest). Engines may run the idle callbacks of one period in
 * periods of their own (Firefox), so one round is not enough; where there are no idle callbacks (WebKit), a round
 * is a frame and a task, and counting tasks alone would end the wait before a slow frame came. Fails, saying
 * `what` was not drawn, after 40 rounds.
 */
export async function drawnOnceIdle(el: Rendered, drawn: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40 && !drawn(); i++) {
    await nextFrame();
    await nextIdle();
    await el.updateComplete;
  }
  if (!drawn()) throw new Error(`${what}: not drawn once the page was at rest`);
}

/** `<syria-timeline>`, the timeline of the article, after a `<button id="before">`; see `mount`. */
export function mountArticle<T extends Rendered = HTMLElementTagNameMap['syria-timeline']>(
  options: Omit<MountOptions<T>, 'before'> = {},
): Promise<T> {
  return mount<T>('syria-timeline', { ...options, before: true });
}

/**
 * Presses `key` with Shift held, through the browser's automation where it can hold a key (Chromium, Firefox).
 * WebDriver classic (WebKitGTK here) can only press one key, so there the same `keydown` is dispatched to the
 * focused element instead.
 */
export async function pressShifted(key: string): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    let target: Element | null = document.activeElement;
    while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
    (target ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true, composed: true, cancelable: true }),
    );
    return;
  }
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/** Presses `key` as the user would (through the browser's automation), then settles `el`. */
export async function press(el: Rendered, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** The drawn events (`part="event"`), in document order. */
export const eventNodes = (el: Element): SVGGElement[] => [
  ...root(el).querySelectorAll<SVGGElement>('[part~="event"]'),
];

/** The ids of the drawn events, in document order. */
export const eventIds = (el: Element): (string | undefined)[] => eventNodes(el).map((n) => n.dataset.id);

/** The drawn event with this id. */
export const nodeOf = (el: Element, id: string): SVGGElement => eventNodes(el).find((n) => n.dataset.id === id)!;

/** The id of the event that has focus inside the element, if any. */
export const activeId = (el: Element): string | undefined =>
  (root(el).activeElement as HTMLElement | SVGElement | null)?.dataset?.id;

/** The axis labels as drawn, trimmed, in document order. */
export const tickLabels = (el: Element): string[] =>
  [...root(el).querySelectorAll('[part~="tick-label"]')].map((t) => t.textContent!.trim());

/** The horizontal centre, in client px, of the first mark, band or bar of the event with this id. */
export function centreX(el: Element, id: string): number {
  const shape = root(el).querySelector(`[data-id="${id}"] .mark, [data-id="${id}"] .band, [data-id="${id}"] .bar`)!;
  const box = shape.getBoundingClientRect();
  return box.left + box.width / 2;
}

/** How much time the view shows, in ms. */
export const visibleSpan = (el: { readonly visibleRange: readonly [number, number] }): number =>
  el.visibleRange[1] - el.visibleRange[0];

/** The URL of a file in tests/fixtures/. */
export const fixtureUrl = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).href;

/**
 * Does `act` (a key, a click, a gesture) and waits until the change of the view it starts has ended, as the element
 * says with `timeline-range-change`: a test waits for the event, never for time.
 */
export async function afterViewChange(
  el: Rendered,
  act: () => unknown,
): Promise<CustomEvent<{ from: string; to: string }>> {
  const changed = oneEvent(el, 'timeline-range-change') as Promise<CustomEvent<{ from: string; to: string }>>;
  await act();
  const event = await changed;
  await settle(el);
  return event;
}

/** Timers a test runs itself: see `fakeTimers`. */
export interface FakeTimers {
  /** How many timers are set and not yet run or cleared. */
  readonly pending: number;
  /** How many of them are idle callbacks. */
  readonly pendingIdle: number;
  /**
   * Runs every timer that is set now, whatever its delay. Idle callbacks get `deadline`: by default an idle period
   * of a page at rest (50 ms left, not timed out).
   */
  run(deadline?: IdleDeadline): void;
  /** Puts the page's own `setTimeout` and `clearTimeout` (and idle callbacks) back. */
  restore(): void;
}

/** An idle period of a page at rest, with no frame due: the deadline `FakeTimers.run` gives idle callbacks. */
const atRest: IdleDeadline = { didTimeout: false, timeRemaining: () => 50 };

/**
 * Replaces `setTimeout` and `clearTimeout`, and `requestIdleCallback` and `cancelIdleCallback` where the engine has
 * them, until `restore()`, so that a test runs a timer when it says so instead of waiting for it: what a timer does
 * is then tested without a clock. (Mocha keeps its own timers.)
 */
export function fakeTimers(): FakeTimers {
  const due = new Map<number, (deadline?: IdleDeadline) => void>();
  const { setTimeout: set, clearTimeout: clear, cancelIdleCallback: cancelIdle } = window;
  const idle = window.requestIdleCallback as typeof window.requestIdleCallback | undefined;
  let next = 1;
  const queue = (fn: (deadline?: IdleDeadline) => void) => {
    due.set(next, fn);
    return next++;
  };
  const cancel = (id?: number) => void due.delete(id!);
  window.setTimeout = queue as typeof window.setTimeout;
  window.clearTimeout = cancel as typeof window.clearTimeout;
  // Idle callbacks are timers too (where the engine has them): they run when the test says, with the deadline it
  // gives.
  const idleIds = new Set<number>();
  if (idle) {
    window.requestIdleCallback = ((fn: (deadline?: IdleDeadline) => void) => {
      const id = queue(fn);
      idleIds.add(id);
      return id;
    }) as typeof window.requestIdleCallback;
    window.cancelIdleCallback = cancel as typeof window.cancelIdleCallback;
  }
  return {
    get pending() {
      return due.size;
    },
    get pendingIdle() {
      return [...due.keys()].filter((id) => idleIds.has(id)).length;
    },
    run(deadline = atRest) {
      const now = [...due];
      due.clear();
      // A timeout's callback is called with nothing, as the page's own would be.
      for (const [id, fn] of now) {
        if (idleIds.has(id)) fn(deadline);
        else fn();
      }
    },
    restore() {
      window.setTimeout = set;
      window.clearTimeout = clear;
      if (idle) Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: cancelIdle });
    },
  };
}

/**
 * Ends a wheel gesture made under {@link fakeTimers}: runs d3-zoom's wheel-idle timer, which ends the gesture, waits
 * for the `timeline-range-change` that the end of the change of the view fires, then runs the timer after which a
 * pan is packed again at rest.
 */
export async function endWheelGesture(el: Rendered, timers: FakeTimers): Promise<void> {
  const ended = oneEvent(el, 'timeline-range-change');
  timers.run();
  await ended;
  timers.run();
}

/**
 * Resolves in a task of its own, after the tasks queued before it (a `setTimeout` of 0 set earlier, such as the
 * one that follows a first frame): it waits on the task queue, not on a clock.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves when the page is next idle with the room the hidden list waits for (`ROOM_AT_REST_MS`), or in a task of
 * its own where the engine has no idle callbacks. It does not promise that an idle callback asked for before it has
 * run by then: Chromium runs them in the order asked for, while Firefox may give each one an idle period of its own.
 * To wait until something drawn at rest is drawn, use {@link drawnOnceIdle}, which waits period by period.
 */
const nextIdle = (): Promise<void> =>
  new Promise((resolve) => void whenIdle(() => resolve(), 1000, ROOM_AT_REST_MS));

/**
 * Requests a frame in every frame until `stop()`: a frame is always due, as during an animation or a gesture.
 * Resolves after two of them, once an idle period that began before the first (and may last 50 ms) is over.
 */
export async function animate(): Promise<{ frames: number; stop: () => void }> {
  const loop = { frames: 0, stop: () => cancelAnimationFrame(id) };
  let id = requestAnimationFrame(function next() {
    loop.frames++;
    id = requestAnimationFrame(next);
  });
  await nextFrame();
  await nextFrame();
  return loop;
}

/** Replaces `console.warn` for the length of `run`, and returns what it was called with. */
export async function collectWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** The elements `run` adds to the body, and the timeline events that reach the window meanwhile. */
export async function watchBody<T>(run: () => Promise<T>): Promise<{ result: T; added: HTMLElement[]; heard: string[] }> {
  const added: HTMLElement[] = [];
  const collect = (records: MutationRecord[]) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement) added.push(node);
  };
  const observer = new MutationObserver(collect);
  observer.observe(document.body, { childList: true });
  const heard: string[] = [];
  const hear = (event: Event) => heard.push(event.type);
  const types = ['timeline-error', 'timeline-select', 'timeline-range-change'];
  for (const type of types) window.addEventListener(type, hear, true);
  try {
    const result = await run();
    collect(observer.takeRecords());
    return { result, added, heard };
  } finally {
    observer.disconnect();
    for (const type of types) window.removeEventListener(type, hear, true);
  }
}

/**
 * Resolves to the first element the body gains from now on, once the body has lost it again: the timeline drawn out
 * of sight when the page is idle after `<event-timeline>` is defined (src/elements/warm-up.ts).
 */
export function nextVisitToBody(): Promise<HTMLElement> {
  return new Promise((resolve) => {
    let added: HTMLElement | undefined;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        added ??= [...record.addedNodes].find((node): node is HTMLElement => node instanceof HTMLElement);
        if (added && [...record.removedNodes].includes(added)) {
          observer.disconnect();
          resolve(added);
        }
      }
    });
    observer.observe(document.body, { childList: true });
  });
}
