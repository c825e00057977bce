import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import {
  navigables,
  revealPx,
  sameKey,
  step,
  tabStop,
  type FocusKey,
  type NavigableFrame,
  type StepTo,
} from '../src/layout/navigation.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';

const DAY_MS = 86_400_000;

/** Six events, a to f, on the first day of each month from January 2016, in two lanes. */
const events: TimelineEvent[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
  id,
  title: id.toUpperCase(),
  start: `2016-0${i + 1}-01`,
  category: i % 2 ? 'military' : 'diplomacy',
}));
const layout = new TimelineLayout();
layout.setEvents(events);
const item = (id: string) => layout.byId.get(id)!;

/** A frame drawing the events `drawn` one by one and the events `clustered` as cluster `k`. */
function frame(drawn: string[], clustered: string[] = []): NavigableFrame {
  const members = clustered.map(item);
  return {
    items: drawn.map((id) => ({ item: item(id) })),
    clusters: members.length ? [{ id: 'k', first: members[0], last: members[members.length - 1] }] : [],
  };
}

const ev = (id: string): FocusKey => ({ kind: 'event', id });
const CLUSTER: FocusKey = { kind: 'cluster', id: 'k' };

/** [name, frame, current key, step, expected key] */
const stepCases: [string, NavigableFrame, FocusKey | null, StepTo, FocusKey | null][] = [
  ['goes to the next event drawn', frame(['a', 'b', 'c']), ev('a'), 'next', ev('b')],
  ['goes to the previous event drawn', frame(['a', 'b', 'c']), ev('c'), 'previous', ev('b')],
  ['goes from an event to the cluster after it', frame(['a', 'e'], ['b', 'c', 'd']), ev('a'), 'next', CLUSTER],
  ['goes from a cluster to the event after it', frame(['a', 'e'], ['b', 'c', 'd']), CLUSTER, 'next', ev('e')],
  ['goes past the last thing drawn to the next event of all', frame(['b', 'c']), ev('c'), 'next', ev('d')],
  ['goes before the first thing drawn to the previous event of all', frame(['b', 'c']), ev('b'), 'previous', ev('a')],
  ['goes past a cluster at the end to the event after its last one', frame(['a'], ['b', 'c']), CLUSTER, 'next', ev('d')],
  ['goes before a cluster at the start to the event before its first one', frame(['e'], ['c', 'd']), CLUSTER, 'previous', ev('b')],
  ['stays on the last event of all', frame(['e', 'f']), ev('f'), 'next', ev('f')],
  ['stays on the first event of all', frame(['a', 'b']), ev('a'), 'previous', ev('a')],
  ['goes from an event not drawn to its neighbour of all', frame(['a']), ev('d'), 'next', ev('e')],
  ['goes nowhere from a cluster that is not drawn', frame(['a']), CLUSTER, 'next', null],
  ['goes nowhere from nothing', frame(['a', 'b']), null, 'next', null],
  ['goes to the first event of all', frame(['c', 'd']), ev('d'), 'first', ev('a')],
  ['goes to the last event of all', frame(['c', 'd']), null, 'last', ev('f')],
];

/** [name, frame, preferred keys, visible range in days from 1 January 2016, expected key] */
const tabStopCases: [string, NavigableFrame, (FocusKey | null)[], [number, number], FocusKey | null][] = [
  ['is the focused event when it is drawn', frame(['a', 'b', 'c']), [ev('b'), ev('c')], [0, 60], ev('b')],
  ['is the selected event when nothing focused is drawn', frame(['a', 'b', 'c']), [ev('e'), ev('c')], [0, 60], ev('c')],
  ['is a focused cluster', frame(['a'], ['b', 'c']), [CLUSTER, null], [0, 60], CLUSTER],
  ['is the first thing in view otherwise', frame(['a', 'b', 'c']), [null, null], [5, 60], ev('b')],
  ['is the first thing drawn when nothing is in view', frame(['a', 'b']), [null, null], [400, 500], ev('a')],
  ['is nothing when nothing is drawn', frame([]), [ev('a'), null], [0, 60], null],
];

const JAN_2016 = Date.UTC(2016, 0, 1);

describe('navigation', () => {
  it('navigables() lists events and clusters in time order, a cluster at its first event', () => {
    const nav = navigables(frame(['e', 'a'], ['b', 'c', 'd']));
    expect(nav.map((n) => n.key)).to.deep.equal([ev('a'), CLUSTER, ev('e')]);
    expect(nav[1].ms).to.equal(item('b').markMs);
    expect(nav[1].lastMs).to.equal(item('d').markMs);
  });

  it('navigables() gives nothing for an empty frame', () => expect(navigables(frame([]))).to.deep.equal([]));

  for (const [name, f, current, to, expected] of stepCases) {
    it(`step() ${name}`, () => expect(step(layout, navigables(f), current, to)).to.deep.equal(expected));
  }

  it('step() goes nowhere when there are no events', () => {
    const empty = new TimelineLayout();
    expect(step(empty, [], null, 'first')).to.equal(null);
  });

  for (const [name, f, preferred, [fromDay, toDay], expected] of tabStopCases) {
    it(`tabStop() ${name}`, () => {
      const range = [JAN_2016 + fromDay * DAY_MS, JAN_2016 + toDay * DAY_MS] as const;
      expect(tabStop(navigables(f), preferred, ...range)).to.deep.equal(expected);
    });
  }

  it('sameKey() tells keys by kind and id, and a missing key matches nothing', () => {
    expect(sameKey(ev('a'), ev('a'))).to.be.true;
    expect(sameKey(ev('k'), CLUSTER)).to.be.false;
    expect(sameKey(null, null)).to.be.false;
    expect(sameKey(ev('a'), undefined)).to.be.false;
  });

  /** [name, event, x of its anchor in px, expected centre or null] in a view 400 px wide, margins 80 px */
  const revealCases: [string, string, number, number | null][] = [
    ['leaves an event well inside the view where it is', 'c', 200, null],
    ['centres on an event just inside the left margin', 'c', 79, 79],
    ['centres on an event past the right edge', 'c', 500, 500],
    ['leaves an event exactly on the margin', 'c', 80, null],
  ];
  for (const [name, id, xPx, expected] of revealCases) {
    it(`revealPx() ${name}`, () => {
      const x = (ms: number) => (ms === item(id).markMs ? xPx : NaN);
      expect(revealPx(item(id), x, -Infinity, 400)).to.equal(expected);
    });
  }

  it('revealPx() places a span that began before the view by the left edge of the view', () => {
    const span = new TimelineLayout();
    span.setEvents([{ id: 's', title: 'S', start: '2016-01-01', end: '2016-12-31', category: 'military' }]);
    const fromMs = Date.UTC(2016, 5, 1);
    const x = (ms: number) => (ms === fromMs ? 0 : 1000);
    expect(revealPx(span.byId.get('s')!, x, fromMs, 400)).to.equal(0);
    expect(revealPx(span.byId.get('s')!, () => NaN, fromMs, 400), 'a position that is not a number').to.equal(null);
  });
});
