import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../src/elements/event-timeline.js';
import type { TimelineEvent } from '../src/data/types.js';
import { warmUp } from '../src/elements/warm-up.js';
import { eventIds, settle, watchBody } from './harness.js';

const three: TimelineEvent[] = [
  { id: 'a', title: 'First', start: '2016-01-05', category: 'military' },
  { id: 'b', title: 'Second', start: '2016-03', category: 'diplomacy' },
  { id: 'c', title: 'Third', start: '2016-06-01', end: '2016-08-01', category: 'ceasefire' },
];

const inShadowTree = (target: EventTarget) =>
  target instanceof Node && target.getRootNode() instanceof DocumentFragment; // a shadow root, or a template being cloned

/**
 * Counts what the page keeps alive on behalf of elements: event listeners (added minus removed) on anything outside
 * a shadow tree (window, document, the host: listeners on the element's own shadow nodes go away with them),
 * resize observers observing something, mutation observers observing anything, and pending timers.
 */
function installCounters() {
  const counts = { listeners: 0, observed: 0, mutationObservers: 0, timers: 0 };
  const live = new WeakMap<object, Set<string>>();
  const key = (type: string, listener: unknown, capture: unknown) =>
    `${type}|${String(typeof capture === 'object' && capture ? (capture as AddEventListenerOptions).capture : capture)}|${
      (listener as { __id?: number }).__id ?? ((listener as { __id?: number }).__id = Math.random())
    }`;
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (listener && !inShadowTree(this)) {
      let set = live.get(this);
      if (!set) live.set(this, (set = new Set()));
      const k = key(type, listener, options);
      if (!set.has(k)) {
        set.add(k);
        counts.listeners++;
      }
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof proto.addEventListener;
  proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const set = live.get(this);
    const k = listener ? key(type, listener, options) : '';
    if (set?.delete(k)) counts.listeners--;
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof proto.removeEventListener;

  const RO = window.ResizeObserver;
  const targets = new WeakMap<ResizeObserver, Set<Element>>();
  class CountingResizeObserver extends RO {
    override observe(target: Element, options?: ResizeObserverOptions) {
      const set = targets.get(this) ?? new Set<Element>();
      targets.set(this, set);
      if (!set.has(target)) {
        set.add(target);
        counts.observed++;
      }
      super.observe(target, options);
    }
    override unobserve(target: Element) {
      if (targets.get(this)?.delete(target)) counts.observed--;
      super.unobserve(target);
    }
    override disconnect() {
      counts.observed -= targets.get(this)?.size ?? 0;
      targets.get(this)?.clear();
      super.disconnect();
    }
  }
  window.ResizeObserver = CountingResizeObserver;

  const MO = window.MutationObserver;
  const observing = new WeakSet<MutationObserver>();
  class CountingMutationObserver extends MO {
    override observe(target: Node, options?: MutationObserverInit) {
      if (!observing.has(this)) {
        observing.add(this);
        counts.mutationObservers++;
      }
      super.observe(target, options);
    }
    override disconnect() {
      if (observing.delete(this)) counts.mutationObservers--;
      super.disconnect();
    }
  }
  window.MutationObserver = CountingMutationObserver;

  const pending = new Set<number>();
  const setT = window.setTimeout;
  const clearT = window.clearTimeout;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setT(
      (...a: unknown[]) => {
        pending.delete(id);
        counts.timers = pending.size;
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    counts.timers = pending.size;
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    counts.timers = pending.size;
    clearT(id);
  }) as typeof window.clearTimeout;

  const uninstall = () => {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
    window.ResizeObserver = RO;
    window.MutationObserver = MO;
    window.setTimeout = setT;
    window.clearTimeout = clearT;
  };
  return { counts, uninstall };
}

describe('lifecycle', () => {
  it('honours properties set before the element is defined (the upgrade case)', async () => {
    // A tag name of our own keeps this test independent of the registration order of the other tests.
    const el = document.createElement('lifecycle-timeline') as EventTimeline;
    (el as unknown as { events: TimelineEvent[] }).events = three;
    (el as unknown as { selected: string }).selected = 'b';
    await fixture(html`<div style="width: 700px">${el}</div>`);
    const { EventTimeline: Timeline } = await import('../src/elements/event-timeline.js');
    customElements.define('lifecycle-timeline', class extends Timeline {});
    await settle(el);
    expect(eventIds(el)).to.deep.equal(['a', 'b', 'c']);
    expect(el.shadowRoot!.querySelector('[part~="detail-title"]')!.textContent).to.equal('Second');
  });

  it('lays out correctly when created hidden and shown later', async () => {
    await import('../src/index.js');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: none; width: 700px"><event-timeline .events=${three}></event-timeline></div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await settle(el);
    wrapper.style.display = 'block';
    await settle(el);
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    expect(Number(svg.getAttribute('width'))).to.be.within(690, 700);
    expect(eventIds(el)).to.deep.equal(['a', 'b', 'c']);
    const marks = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((n) => n.getBoundingClientRect());
    for (const r of marks) expect(r.width, 'a drawn mark has a size').to.be.greaterThan(0);
    const xs = marks.map((r) => r.left);
    expect(xs[0]).to.be.below(xs[1]);
    expect(xs[1]).to.be.below(xs[2]);
  });

  it('leaves no listeners, observers or timers behind after 1,000 connect and disconnect cycles', async () => {
    await import('../src/index.js');
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('event-timeline');
    el.events = three;
    host.append(el);
    await settle(el);
    el.remove();
    await settle(el);
    const { counts, uninstall } = installCounters();
    try {
      const before = { ...counts };
      for (let i = 0; i < 1000; i++) {
        host.append(el);
        if (i % 100 === 0) {
          await settle(el);
          expect(counts.mutationObservers, 'one observer for ancestors’ dir and lang while connected').to.equal(before.mutationObservers + 1);
          // Exercise what starts timers and listeners while connected: the wheel hint, zoom, selection.
          el.shadowRoot!.querySelector('svg.chart')!.dispatchEvent(new WheelEvent('wheel', { deltaY: 10, bubbles: true }));
          el.zoomBy(2);
          el.selected = 'a';
          await el.updateComplete;
        }
        el.remove();
      }
      await settle(el);
      expect(counts).to.deep.equal(before);
      host.append(el);
      await settle(el);
      el.resetZoom();
      await settle(el);
      expect(eventIds(el), 'still works after the cycles').to.deep.equal(['a', 'b', 'c']);
      el.remove();
      await settle(el);
      expect(counts).to.deep.equal(before);
    } finally {
      uninstall();
    }
  });

  it('warms up nothing once the page has made a timeline (see warm-up.test.ts)', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .events=${three}></event-timeline>`);
    await settle(el);
    const { result, added } = await watchBody(() => warmUp());
    expect(result).to.equal(false);
    expect(added).to.deep.equal([]);
    expect(eventIds(el)).to.deep.equal(['a', 'b', 'c']);
  });
});
