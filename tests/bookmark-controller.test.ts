import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  BookmarkController,
  parseBookmark,
  writeBookmark,
  type BookmarkState,
  type BookmarkWrite,
} from '../src/controllers/bookmark-controller.js';
import { mountHost, type ControllerHost } from './controller-host.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const utc = (iso: string) => Date.parse(iso);
const range = (from: string, to: string): [number, number] => [utc(from), utc(to)];

describe('parseBookmark()', () => {
  const cases: [string, string, Omit<BookmarkState, 'problems'>][] = [
    ['reads nothing from an empty fragment', '', {}],
    ['reads nothing from a bare #', '#', {}],
    [
      'reads the event and the range',
      '#syria.event=astana-talks&syria.range=2016-10-01/2017-01-31',
      { selected: 'astana-talks', range: range('2016-10-01', '2017-01-31') },
    ],
    ['reads a fragment without its #', 'syria.event=astana-talks', { selected: 'astana-talks' }],
    ['reads around a plain anchor', '#section-2&syria.event=x', { selected: 'x' }],
    ['reads only its own key', 'timeline.event=x&syria2.event=y&syria.events=z', {}],
    ['reads around other pairs', 'a=1&syria.event=x&b=2', { selected: 'x' }],
    ['reads an empty event as null', 'syria.event=', { selected: null }],
    ['decodes the event id', 'syria.event=a+b%26c%3Dd+%C3%A9%20f', { selected: 'a b&c=d é f' }],
    ['reads the first of two pairs of a name', 'syria.event=x&syria.event=y', { selected: 'x' }],
    [
      'reads ranges to the minute',
      'syria.range=2016-10-01T09:30Z/2016-10-01T17:45Z',
      { range: range('2016-10-01T09:30Z', '2016-10-01T17:45Z') },
    ],
    [
      'reads ranges to the second and the millisecond',
      'syria.range=2016-10-01T09:30:05Z/2016-10-01T09:30:05.250Z',
      { range: range('2016-10-01T09:30:05Z', '2016-10-01T09:30:05.250Z') },
    ],
    [
      'reads a percent-encoded range',
      'syria.range=2016-10-01T09%3A30Z%2F2016-10-02',
      { range: range('2016-10-01T09:30Z', '2016-10-02') },
    ],
  ];
  for (const [name, fragment, expected] of cases) {
    it(`parseBookmark() ${name}`, () => {
      expect(parseBookmark(fragment, 'syria')).to.deep.equal({ ...expected, problems: [] });
    });
  }

  const expectedDates = (value: string) =>
    `Could not read the range "${value}" in the page address (#syria.range): expected two ISO 8601 dates, from/to.`;
  const badRanges: [string, string, string][] = [
    ['not a date', 'abc', expectedDates('abc')],
    ['one date', '2016-10-01', expectedDates('2016-10-01')],
    ['three dates', '2016-10-01/2016-11-01/2016-12-01', expectedDates('2016-10-01/2016-11-01/2016-12-01')],
    ['an impossible date', '2017-02-30/2017-03-10', expectedDates('2017-02-30/2017-03-10')],
    ['an hour past 23', '2017-02-28T24:00Z/2017-03-10', expectedDates('2017-02-28T24:00Z/2017-03-10')],
    ['a time without Z', '2016-10-01T10:00/2016-10-02', expectedDates('2016-10-01T10:00/2016-10-02')],
    ['an offset', '2016-10-01T10:00-05:00/2016-10-02', expectedDates('2016-10-01T10:00-05:00/2016-10-02')],
    ['a year and month only', '2016-10/2016-11', expectedDates('2016-10/2016-11')],
    ['a time alone', 'T10:00Z/T11:00Z', expectedDates('T10:00Z/T11:00Z')],
    [
      'an end before the start',
      '2017-01-31/2016-10-01',
      'Could not read the range "2017-01-31/2016-10-01" in the page address (#syria.range): it must end after it starts.',
    ],
    [
      'an empty range',
      '2016-10-01/2016-10-01T00:00Z',
      'Could not read the range "2016-10-01/2016-10-01T00:00Z" in the page address (#syria.range): it must end after it starts.',
    ],
  ];
  for (const [name, value, problem] of badRanges) {
    it(`parseBookmark() ignores a range with ${name}, and says why`, () => {
      expect(parseBookmark(`syria.event=x&syria.range=${value}`, 'syria')).to.deep.equal({
        selected: 'x',
        problems: [problem],
      });
    });
  }
});

describe('writeBookmark()', () => {
  const cases: [string, string, string, BookmarkWrite, string][] = [
    [
      'writes the event and the range into an empty fragment',
      '',
      'syria',
      { selected: 'astana-talks', range: range('2016-10-01', '2017-01-31') },
      'syria.event=astana-talks&syria.range=2016-10-01/2017-01-31',
    ],
    ['reads a fragment with its #', '#syria.event=a', 'syria', { selected: 'b' }, 'syria.event=b'],
    ['keeps a plain anchor first', '#section-2', 'syria', { selected: 'x' }, 'section-2&syria.event=x'],
    ['uses the key it is given', '', 'timeline', { selected: 'x' }, 'timeline.event=x'],
    [
      'keeps other pairs untouched and in order, replacing its own where they are',
      'b.event=a%20b&syria.event=old&z=1+2&syria.range=2016-10-01/2017-01-31',
      'syria',
      { selected: 'new' },
      'b.event=a%20b&syria.event=new&z=1+2&syria.range=2016-10-01/2017-01-31',
    ],
    [
      'adds its pairs after the others',
      'a=1&section-2',
      'syria',
      { range: range('2016-10-01', '2017-01-31'), selected: 'x' },
      'a=1&section-2&syria.event=x&syria.range=2016-10-01/2017-01-31',
    ],
    [
      'removes the event for a null selection',
      'a=1&syria.event=x&syria.range=2016-10-01/2017-01-31',
      'syria',
      { selected: null },
      'a=1&syria.range=2016-10-01/2017-01-31',
    ],
    [
      'removes the range for a null range',
      'syria.range=2016-10-01/2017-01-31&syria.event=x',
      'syria',
      { range: null },
      'syria.event=x',
    ],
    ['returns an empty string when nothing is left', '#syria.event=x', 'syria', { selected: null, range: null }, ''],
    ['keeps a pair it is not asked about as it is', 'syria.range=abc', 'syria', { selected: 'x' }, 'syria.range=abc&syria.event=x'],
    ['drops a second pair of the same name', 'syria.event=a&b=1&syria.event=c', 'syria', { selected: 'd' }, 'syria.event=d&b=1'],
    ['drops empty items', '&a=1&&', 'syria', {}, 'a=1'],
    ['encodes the id', '', 'syria', { selected: 'a b&c=d é' }, 'syria.event=a+b%26c%3Dd+%C3%A9'],
    ['encodes the key', '', 'my timeline', { selected: 'x' }, 'my+timeline.event=x'],
  ];
  for (const [name, fragment, key, state, expected] of cases) {
    it(`writeBookmark() ${name}`, () => expect(writeBookmark(fragment, key, state)).to.equal(expected));
  }

  const forms: [string, [number, number], string][] = [
    ['dates for a range of 20 days', range('2016-10-01', '2016-10-21'), '2016-10-01/2016-10-21'],
    [
      'minutes for a range just under 20 days',
      [utc('2016-10-01'), utc('2016-10-21') - MINUTE_MS],
      '2016-10-01T00:00Z/2016-10-20T23:59Z',
    ],
    ['minutes for a range of 2 days, even at midnight', range('2016-10-01', '2016-10-03'), '2016-10-01T00:00Z/2016-10-03T00:00Z'],
    [
      'dates rounded to the nearest midnight (half a day rounds up)',
      range('2016-10-01T11:59:59.999Z', '2016-12-01T12:00Z'),
      '2016-10-01/2016-12-02',
    ],
    [
      'dates rounded across a year',
      range('2016-12-31T18:00Z', '2017-12-31T06:00Z'),
      '2017-01-01/2017-12-31',
    ],
    [
      'minutes rounded to the nearest',
      range('2016-10-01T09:30:29.999Z', '2016-10-02T17:45:30Z'),
      '2016-10-01T09:30Z/2016-10-02T17:46Z',
    ],
    ['seconds for a range under 20 minutes', range('2016-10-01T09:30Z', '2016-10-01T09:40Z'), '2016-10-01T09:30:00Z/2016-10-01T09:40:00Z'],
    ['milliseconds for a range under 20 seconds', range('2016-10-01T09:30Z', '2016-10-01T09:30:10Z'), '2016-10-01T09:30:00.000Z/2016-10-01T09:30:10.000Z'],
    ['dates for 100 years', range('1920-01-01', '2020-01-01'), '1920-01-01/2020-01-01'],
  ];
  for (const [name, [fromMs, toMs], expected] of forms) {
    it(`writeBookmark() writes ${name}`, () => {
      expect(writeBookmark('', 'syria', { range: [fromMs, toMs] })).to.equal(`syria.range=${expected}`);
    });
  }

  it('writeBookmark() keeps each end within 3% of the range’s length, from 1 second to 100 years', () => {
    const spansMs = [1000, 19_999, 20_000, 10 * MINUTE_MS, 20 * MINUTE_MS, 3 * 3_600_000, 2 * DAY_MS];
    spansMs.push(19.9 * DAY_MS, 20 * DAY_MS, 45.5 * DAY_MS, 365.2425 * DAY_MS, 10 * 365 * DAY_MS, 100 * 365.2425 * DAY_MS);
    const startsMs = [utc('1950-03-07T11:59:59.999Z'), utc('2011-03-15T12:00Z'), utc('2016-10-01'), utc('2019-07-04T23:17:42.123Z')];
    for (const spanMs of spansMs) {
      for (const fromMs of startsMs) {
        const toMs = fromMs + spanMs;
        const written = writeBookmark('', 'syria', { range: [fromMs, toMs] });
        const read = parseBookmark(written, 'syria');
        const what = `${new Date(fromMs).toISOString()} + ${spanMs} ms, written ${written}`;
        expect(read.problems, what).to.deep.equal([]);
        const [readFromMs, readToMs] = read.range!;
        expect(Math.abs(readFromMs - fromMs), what).to.be.at.most(0.025 * spanMs);
        expect(Math.abs(readToMs - toMs), what).to.be.at.most(0.025 * spanMs);
        const day = /^syria\.range=\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(written);
        expect(day, `${what}: dates exactly from 20 days`).to.equal(spanMs >= 20 * DAY_MS);
        expect(writeBookmark(written, 'syria', { range: read.range }), `${what}: written again the same`).to.equal(written);
      }
    }
  });

  it('writeBookmark() and parseBookmark() round-trip ids with spaces, &, =, + and other alphabets', () => {
    const ids = ['astana talks', 'a&b', 'a=b', 'a+b', '100%', 'café', 'حلب', '阿勒颇', '🕊️ peace', '#x', 'x.range=1', ' '];
    for (const id of ids) {
      const written = writeBookmark('other.event=y&section', 'syria', { selected: id });
      expect(parseBookmark(written, 'syria').selected, written).to.equal(id);
      expect(parseBookmark(written, 'other').selected, written).to.equal('y');
      expect(written.split('&'), written).to.have.length(3);
    }
  });

  it('writeBookmark() refuses a range that is empty, reversed, not a number or beyond the year 9999', () => {
    const bad: [number, number][] = [[5, 5], [6, 5], [NaN, 5], [0, Infinity], [0, utc('9999-12-31T12:00Z') + DAY_MS]];
    for (const r of bad) expect(() => writeBookmark('', 'syria', { range: r }), String(r)).to.throw(RangeError);
  });
});

describe('BookmarkController', () => {
  const original = location.href;
  const base = location.pathname + location.search;
  /** The history calls made, while `spyHistory()` is on. */
  let calls: string[] = [];
  const pushState = history.pushState;
  const replaceState = history.replaceState;

  /** Counts calls to `history.pushState` and `history.replaceState` (still made) into `calls`. */
  function spyHistory() {
    calls = [];
    history.pushState = (...args) => (calls.push('push'), pushState.apply(history, args));
    history.replaceState = (...args) => (calls.push('replace'), replaceState.apply(history, args));
  }

  afterEach(() => {
    history.pushState = pushState;
    history.replaceState = replaceState;
    history.replaceState(null, '', original);
  });

  /** Sets the address's fragment without a navigation (no event). */
  const setHash = (fragment: string) => history.replaceState(null, '', `${base}#${fragment}`);

  /** A host with a bookmark controller of key `key`, recording what it restores. */
  async function mountBookmark(key = 'syria', options: { enabled?: () => boolean; parent?: ParentNode } = {}) {
    const restored: BookmarkState[] = [];
    const { host, controller } = await mountHost(
      (host: ControllerHost) => {
        host.id = key;
        return new BookmarkController(host, {
          key: () => host.id || 'timeline',
          enabled: options.enabled ?? (() => true),
          onRestore: (state) => restored.push(state),
        });
      },
      undefined,
      options.parent,
    );
    return { host, controller, restored };
  }

  /** Goes back (or forward) one entry in the history, and waits for the `popstate` event. */
  async function go(delta: -1 | 1) {
    const popped = oneEvent(window, 'popstate');
    history.go(delta);
    await popped;
  }

  it('reads the address when the host connects', async () => {
    setHash('syria.event=astana-talks&syria.range=2016-10-01/2017-01-31');
    const restored: BookmarkState[] = [];
    const host = document.createElement('controller-host') as ControllerHost;
    host.id = 'syria';
    new BookmarkController(host, { key: () => host.id, enabled: () => true, onRestore: (s) => restored.push(s) });
    await fixture(host);
    expect(restored).to.deep.equal([
      { selected: 'astana-talks', range: range('2016-10-01', '2017-01-31'), problems: [] },
    ]);
  });

  it('restores nothing on connecting when the address names nothing of its own', async () => {
    setHash('section-2&other.event=x');
    const { restored } = await mountBookmark();
    expect(restored).to.deep.equal([]);
  });

  it('hands on what it cannot read in the address as problems', async () => {
    setHash('timeline.range=abc');
    const { restored } = await mountBookmark('timeline');
    expect(restored).to.have.length(1);
    expect(restored[0].range).to.equal(undefined);
    expect(restored[0].problems).to.have.length(1);
  });

  it('recordSelection() adds one history entry, keeping the path, the query and the other pairs', async () => {
    setHash('section-2&other.event=y');
    const { controller, restored } = await mountBookmark();
    const length = history.length;
    controller.recordSelection('astana talks');
    expect(history.length).to.equal(length + 1);
    expect(location.pathname + location.search).to.equal(base);
    expect(location.hash).to.equal('#section-2&other.event=y&syria.event=astana+talks');
    expect(restored, 'pushState fires no popstate').to.deep.equal([]);
  });

  it('recordSelection() writes nothing when the event is already the one in the address', async () => {
    const { controller } = await mountBookmark();
    controller.recordSelection('x');
    spyHistory();
    controller.recordSelection('x');
    expect(calls).to.deep.equal([]);
  });

  it('recordSelection(null) removes the pair, and the # when nothing is left', async () => {
    const { controller } = await mountBookmark();
    controller.recordSelection('x');
    controller.recordSelection(null);
    expect(location.href).to.equal(new URL(base, location.href).href);
    spyHistory();
    controller.recordSelection(null);
    expect(calls, 'nothing to remove').to.deep.equal([]);
  });

  it('recordRange() replaces the address without a new history entry, and writes nothing when it would not change', async () => {
    setHash('a=1');
    const { controller } = await mountBookmark();
    const length = history.length;
    spyHistory();
    controller.recordRange(utc('2016-10-01T03:00Z'), utc('2017-01-31'));
    expect(calls).to.deep.equal(['replace']);
    expect(history.length).to.equal(length);
    expect(location.hash).to.equal('#a=1&syria.range=2016-10-01/2017-01-31');
    controller.recordRange(utc('2016-10-01T02:00Z'), utc('2017-01-31'));
    expect(calls, 'the same once written').to.deep.equal(['replace']);
    expect(location.pathname + location.search).to.equal(base);
  });

  it('keeps the pairs of two timelines on one page apart', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const a = await mountBookmark('a', { parent });
    const b = await mountBookmark('b', { parent });
    b.controller.recordSelection('b1');
    a.controller.recordSelection('a1');
    a.controller.recordRange(...range('2016-10-01', '2017-01-31'));
    b.controller.recordRange(...range('2011-03-15T10:00Z', '2011-03-15T18:00Z'));
    expect(location.hash).to.equal(
      '#b.event=b1&a.event=a1&a.range=2016-10-01/2017-01-31&b.range=2011-03-15T10:00Z/2011-03-15T18:00Z',
    );
    a.controller.recordSelection('a2');
    a.controller.recordRange(...range('2015-01-01', '2016-01-01'));
    expect(location.hash).to.equal(
      '#b.event=b1&a.event=a2&a.range=2015-01-01/2016-01-01&b.range=2011-03-15T10:00Z/2011-03-15T18:00Z',
    );
    await go(-1);
    expect(a.restored.map((s) => s.selected)).to.deep.equal(['a1']);
    expect(b.restored, 'b’s view did not change').to.deep.equal([]);
    await go(1);
    expect(a.restored.map((s) => s.selected)).to.deep.equal(['a1', 'a2']);
    expect(b.restored).to.deep.equal([]);
  });

  it('restores the previous selection on Back, and the next one on Forward', async () => {
    const { controller, restored } = await mountBookmark();
    controller.recordRange(...range('2016-10-01', '2017-01-31'));
    controller.recordSelection('x');
    controller.recordSelection('y');
    await go(-1);
    expect(restored).to.deep.equal([{ selected: 'x', range: range('2016-10-01', '2017-01-31'), problems: [] }]);
    await go(-1);
    expect(restored[1], 'none selected before x').to.deep.equal({ range: range('2016-10-01', '2017-01-31'), problems: [], selected: null });
    await go(1);
    await go(1);
    expect(restored.map((s) => s.selected)).to.deep.equal(['x', null, 'x', 'y']);
  });

  it('restores once when the reader edits the address (popstate, then hashchange)', async () => {
    const { restored } = await mountBookmark();
    const changed = oneEvent(window, 'hashchange');
    location.hash = 'syria.event=z';
    await changed;
    expect(restored).to.deep.equal([{ selected: 'z', problems: [] }]);
  });

  it('does not echo its own writes back', async () => {
    const { controller, restored } = await mountBookmark();
    controller.recordSelection('x');
    controller.recordRange(utc('2016-10-01T07:00Z'), utc('2017-01-31'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(restored).to.deep.equal([]);
  });

  it('restoreNow() hands on the address even when it is the view last written', async () => {
    const { controller, restored } = await mountBookmark();
    controller.recordSelection('x');
    controller.restoreNow();
    controller.restoreNow();
    expect(restored).to.deep.equal([
      { selected: 'x', problems: [] },
      { selected: 'x', problems: [] },
    ]);
  });

  it('stops listening when the host leaves the page', async () => {
    const { host, restored } = await mountBookmark();
    host.remove();
    setHash('syria.event=x');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(restored).to.deep.equal([]);
  });

  it('reads and writes nothing while disabled, and reads `enabled()` each time', async () => {
    setHash('syria.event=x');
    let enabled = false;
    const { controller, restored } = await mountBookmark('syria', { enabled: () => enabled });
    const href = location.href;
    spyHistory();
    controller.recordSelection('y');
    controller.recordRange(...range('2016-10-01', '2017-01-31'));
    controller.restoreNow();
    setHash('syria.event=z');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(restored).to.deep.equal([]);
    expect(calls, 'only the test’s own setHash').to.deep.equal(['replace']);
    expect(location.href).to.equal(href.replace('syria.event=x', 'syria.event=z'));
    enabled = true;
    controller.recordSelection('y');
    expect(location.hash).to.equal('#syria.event=y');
  });
});
