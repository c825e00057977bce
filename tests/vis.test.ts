import { expect, waitUntil } from '@open-wc/testing';
import { DataSet } from 'vis-data/standalone';
import '../src/event-timeline.js';
import { detectFormat, parseEventsText, readEventsText, type EventsFormat } from '../src/data/detect-format.js';
import { validateEvents } from '../src/data/validate.js';
import { fromVisItems, isVisItems, VIS_BACKGROUND_CATEGORY } from '../src/data/vis.js';
import { eventNodes, fixtureUrl, mount, nextTask, root, settle } from './harness.js';

const WJ = '\u2060';

/** [name, item, expected row] */
const itemCases: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['plain content as the title', { content: 'Talks', start: '2017-01-23' }, { title: 'Talks', start: '2017-01-23' }],
  [
    'HTML content as plain text',
    { content: '<b>Border</b> crossing &amp; opened', start: '2016-12-22' },
    { title: 'Border crossing & opened', start: '2016-12-22' },
  ],
  ['HTML content on one line', { content: '<p>One</p><p>Two</p>', start: '2016' }, { title: 'One Two', start: '2016' }],
  ['a script in content as nothing', { content: 'A<script>window.visRan = 1</script>B', start: '2016' }, { title: 'AB', start: '2016' }],
  [
    'an encoded tag in content as text that is no tag',
    { content: '&lt;img src=x onerror=alert(1)&gt;', start: '2016' },
    { title: `<${WJ}img src=x onerror=alert(1)>`, start: '2016' },
  ],
  ['a number as content', { content: 42, start: '2016' }, { title: '42', start: '2016' }],
  ['a text id', { id: 'a', content: 'A', start: '2016' }, { id: 'a', title: 'A', start: '2016' }],
  ['a number id, as text', { id: 7, content: 'A', start: '2016' }, { id: '7', title: 'A', start: '2016' }],
  ['the tooltip as the summary, in plain text', { content: 'A', title: 'In <i>Astana</i>', start: '2016' }, { title: 'A', summary: 'In Astana', start: '2016' }],
  ['no summary when the tooltip is the title', { content: '<b>A</b>', title: 'A', start: '2016' }, { title: 'A', start: '2016' }],
  ['the tooltip as the title when there is no content', { content: '', title: 'A', start: '2016' }, { title: 'A', start: '2016' }],
  ['an empty content, passed on', { content: '<img src=x>', start: '2016' }, { title: '', start: '2016' }],
  ['no content, passed on', { start: '2016' }, { start: '2016' }],
  ['a group as the category', { content: 'A', start: '2016', group: 'north' }, { title: 'A', start: '2016', category: 'north' }],
  ['a number group, as text', { content: 'A', start: '2016', group: 3 }, { title: 'A', start: '2016', category: '3' }],
  // Dates
  ['an ISO date', { content: 'A', start: '2016-12-22' }, { title: 'A', start: '2016-12-22' }],
  ['an ISO date-time in UTC, to the day', { content: 'A', start: '2016-12-22T14:30:00Z' }, { title: 'A', start: '2016-12-22' }],
  ['an ISO date-time with ms', { content: 'A', start: '2016-12-22T14:30:00.250Z' }, { title: 'A', start: '2016-12-22' }],
  ['an ISO date-time with an offset, on the day written', { content: 'A', start: '2016-12-22T23:30:00-05:00' }, { title: 'A', start: '2016-12-22' }],
  ['a local date-time with a space', { content: 'A', start: '2016-12-22 14:30' }, { title: 'A', start: '2016-12-22' }],
  ['an expanded year', { content: 'A', start: '+002016-12-22' }, { title: 'A', start: '2016-12-22' }],
  ['a negative expanded year', { content: 'A', start: '-000044-03-15' }, { title: 'A', start: '-0044-03-15' }],
  ['24:00 as the next day', { content: 'A', start: '2016-12-22T24:00' }, { title: 'A', start: '2016-12-23' }],
  ['an EDTF year, as it is', { content: 'A', start: '2016' }, { title: 'A', start: '2016' }],
  ['an EDTF month with a qualifier, as it is', { content: 'A', start: ' 2016-12~ ' }, { title: 'A', start: '2016-12~' }],
  ['a day that does not exist, passed on', { content: 'A', start: '2016-02-30T10:00' }, { title: 'A', start: '2016-02-30' }],
  ['a date in words, passed on', { content: 'A', start: 'Dec 22, 2016' }, { title: 'A', start: 'Dec 22, 2016' }],
  ['a Date at UTC midnight', { content: 'A', start: new Date(Date.UTC(2016, 11, 22)) }, { title: 'A', start: '2016-12-22' }],
  ['a Date at local midnight, on its local day', { content: 'A', start: new Date(2016, 11, 22) }, { title: 'A', start: '2016-12-22' }],
  ['a Date with a time, on its UTC day', { content: 'A', start: new Date(Date.UTC(2016, 11, 22, 23, 30)) }, { title: 'A', start: '2016-12-22' }],
  ['a Date before 1970', { content: 'A', start: new Date(Date.UTC(1969, 6, 20, 20, 17)) }, { title: 'A', start: '1969-07-20' }],
  ['an invalid Date, passed on', { content: 'A', start: new Date(Number.NaN) }, { title: 'A', start: 'Invalid Date' }],
  ['a moment-like object', { content: 'A', start: { toDate: () => new Date(Date.UTC(2016, 11, 22)) } }, { title: 'A', start: '2016-12-22' }],
  ['epoch ms at UTC midnight', { content: 'A', start: Date.UTC(2016, 11, 22) }, { title: 'A', start: '2016-12-22' }],
  ['epoch ms with a time', { content: 'A', start: Date.UTC(2016, 11, 22, 14, 30) }, { title: 'A', start: '2016-12-22' }],
  ['negative epoch ms', { content: 'A', start: -1 }, { title: 'A', start: '1969-12-31' }],
  ['epoch ms of a year BCE', { content: 'A', start: Date.UTC(-43, 2, 15) }, { title: 'A', start: '-0043-03-15' }],
  ['a number that is no date, passed on', { content: 'A', start: Number.NaN }, { title: 'A', start: Number.NaN }],
  ['an empty start as none', { content: 'A', start: '' }, { title: 'A' }],
  // Ends: vis-timeline's end is the instant an item stops; ours is the last day it covers.
  ['an end at midnight, as the day before', { content: 'A', start: '2016-12-22', end: '2016-12-24' }, { title: 'A', start: '2016-12-22', end: '2016-12-23' }],
  ['an end at 00:00 UTC, as the day before', { content: 'A', start: '2016-12-22', end: '2016-12-24T00:00:00Z' }, { title: 'A', start: '2016-12-22', end: '2016-12-23' }],
  ['an end with a time, as its day', { content: 'A', start: '2016-12-22', end: '2016-12-24T12:00' }, { title: 'A', start: '2016-12-22', end: '2016-12-24' }],
  ['an end on the start day, as it is', { content: 'A', start: '2016-12-22T10:00', end: '2016-12-22' }, { title: 'A', start: '2016-12-22', end: '2016-12-22' }],
  ['a one-day range, as that day', { content: 'A', start: '2016-12-22', end: '2016-12-23' }, { title: 'A', start: '2016-12-22', end: '2016-12-22' }],
  ['a month of epoch ms', { content: 'A', start: Date.UTC(2016, 0, 1), end: Date.UTC(2016, 1, 1) }, { title: 'A', start: '2016-01-01', end: '2016-01-31' }],
  ['a range of local Dates', { content: 'A', start: new Date(2016, 11, 22), end: new Date(2016, 11, 24) }, { title: 'A', start: '2016-12-22', end: '2016-12-23' }],
  ['an EDTF end, as it is', { content: 'A', start: '2016', end: '2017' }, { title: 'A', start: '2016', end: '2017' }],
  ['an end before the start, passed on', { content: 'A', start: '2016-12-22', end: '2016-12-01' }, { title: 'A', start: '2016-12-22', end: '2016-12-01' }],
  // Types
  ['a range', { content: 'A', type: 'range', start: '2016-01-01', end: '2016-02-01' }, { title: 'A', start: '2016-01-01', end: '2016-01-31' }],
  [
    'a background item with a group, in its own lane',
    { content: 'Siege', type: 'background', start: '2016-07-01', end: '2016-12-23', group: 'north' },
    { title: 'Siege', start: '2016-07-01', end: '2016-12-22', category: 'north (background)' },
  ],
  [
    'a background item without a group, in the Background lane',
    { content: 'Siege', type: 'background', start: '2016-07-01', end: '2016-12-23' },
    { title: 'Siege', start: '2016-07-01', end: '2016-12-22', category: VIS_BACKGROUND_CATEGORY },
  ],
  [
    'a background item without text, named after its lane',
    { content: '', type: 'background', start: '2016-07-01', end: '2016-12-23' },
    { title: 'Background', start: '2016-07-01', end: '2016-12-22', category: 'Background' },
  ],
];

/** [name, item, expected row, expected message] */
const warningCases: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
  [
    'the end of a box',
    { content: 'A', type: 'box', start: '2016-01-01', end: '2016-02-01' },
    { title: 'A', start: '2016-01-01' },
    "events[0].end: a 'box' item is drawn at its start, so its end is ignored",
  ],
  [
    'an unknown type',
    { content: 'A', type: 'bar', start: '2016-01-01' },
    { title: 'A', start: '2016-01-01' },
    "events[0].type: 'bar' is not a vis-timeline item type (box, point, range or background), so it is ignored",
  ],
  [
    'a tooltip that is not a text',
    { content: 'A', title: { nodeType: 1 }, start: '2016-01-01' },
    { title: 'A', start: '2016-01-01' },
    'events[0].title: expected a text, but got an object, so the tooltip is ignored',
  ],
];

describe('fromVisItems()', () => {
  for (const [name, item, row] of itemCases) {
    it(`fromVisItems() maps ${name}`, () => {
      expect(fromVisItems([item])).to.deep.equal({ rows: [row], issues: [] });
    });
  }

  for (const [name, item, row, message] of warningCases) {
    it(`fromVisItems() warns about ${name}`, () => {
      const { rows, issues } = fromVisItems([item]);
      expect(rows).to.deep.equal([row]);
      expect(issues.map((i) => [i.index, i.path, i.message, i.skipped])).to.deep.equal([[0, message.split(': ')[0], message, false]]);
    });
  }

  it('fromVisItems() reads a list and { items } alike', () => {
    const items = [{ content: 'A', start: '2016' }, { content: 'B', start: '2017' }];
    expect(fromVisItems({ items })).to.deep.equal(fromVisItems(items));
  });

  it('fromVisItems() names lanes by their group, as plain text, else by the group id', () => {
    const groups = [
      { id: 'north', content: '<i>Northern</i> front' },
      { id: 2, content: 'Talks &amp; truces' },
      { id: 'blank', content: '' },
      { id: 'element', content: { nodeType: 1 } },
    ];
    const items: Record<string, unknown>[] = ['north', '2', 2, 'blank', 'element', 'nowhere'].map((group) => ({ content: 'A', start: '2016', group }));
    items.push({ content: 'B', start: '2016', group: 'north', type: 'background' });
    const { rows, issues } = fromVisItems({ items, groups });
    expect(rows.map((row) => (row as { category: string }).category)).to.deep.equal([
      'Northern front', 'Talks & truces', 'Talks & truces', 'blank', 'element', 'nowhere', 'Northern front (background)',
    ]);
    expect(issues, 'group fields are not warned about').to.deep.equal([]);
  });

  it('fromVisItems() ignores other fields with one warning for each field name, not for each item', () => {
    const items = [
      { content: 'A', start: '2016', className: 'a', style: 'color: red' },
      { content: 'B', start: '2016', className: 'b', subgroup: 1 },
      { content: 'C', start: '2016', className: 'c', editable: true, 'odd key': 1 },
    ];
    const { rows, issues } = fromVisItems(items);
    expect(rows).to.deep.equal(['A', 'B', 'C'].map((title) => ({ title, start: '2016' })));
    expect(issues.map((i) => [i.index, i.path, i.skipped])).to.deep.equal([
      [0, 'events[0].className', false],
      [0, 'events[0].style', false],
      [1, 'events[1].subgroup', false],
      [2, 'events[2].editable', false],
      [2, "events[2]['odd key']", false],
    ]);
    expect(issues[0].message).to.equal(
      'events[0].className: this field of vis-timeline items is not used here, so it is ignored in all 3 items that have it',
    );
    expect(issues[1].message).to.equal('events[0].style: this field of vis-timeline items is not used here, so it is ignored in this item');
    expect(new Set(issues.map((i) => i.code))).to.deep.equal(new Set(['unknown-field']));
  });

  it('fromVisItems() passes on what is not an item, for the validator to report', () => {
    expect(fromVisItems([null, 'x', { content: 'A', start: '2016' }]).rows).to.deep.equal([null, 'x', { title: 'A', start: '2016' }]);
  });

  it('fromVisItems() leaves an item without a start for the validator, which leaves it out', () => {
    const { rows, issues } = fromVisItems([{ id: 1, content: 'A' }, { id: 2, content: 'B', start: null }, { id: 3, content: 'C', start: '2016' }]);
    expect(issues).to.deep.equal([]);
    const result = validateEvents(rows);
    expect(result.events.map((e) => e.id)).to.deep.equal(['3']);
    expect(result.issues.map((i) => [i.path, i.skipped])).to.deep.equal([
      ['events[0].start', true],
      ['events[1].start', true],
    ]);
  });

  it('fromVisItems() reports input that holds no items, once, as a whole', () => {
    for (const input of [null, 42, 'items', { events: [] }, { items: 'x' }]) {
      const { rows, issues } = fromVisItems(input);
      expect(rows, JSON.stringify(input)).to.deep.equal([]);
      expect(issues.map((i) => [i.index, i.path, i.skipped]), JSON.stringify(input)).to.deep.equal([[-1, 'events', true]]);
      expect(issues[0].message).to.match(/^events: expected vis-timeline items \(a list, or an object with an 'items' list\), but got /);
    }
  });

  it('fromVisItems() reads vis-data DataSets of items and groups', () => {
    const items = new DataSet([
      { id: 1, content: '<b>A</b>', start: '2016-12-22', group: 'g' },
      { id: 2, content: 'B', start: new Date(Date.UTC(2017, 0, 23)), end: Date.UTC(2017, 1, 1), group: 'g' },
    ]);
    const groups = new DataSet([{ id: 'g', content: 'Group <i>G</i>' }]);
    expect(fromVisItems({ items, groups })).to.deep.equal({
      rows: [
        { id: '1', title: 'A', start: '2016-12-22', category: 'Group G' },
        { id: '2', title: 'B', start: '2017-01-23', end: '2017-01-31', category: 'Group G' },
      ],
      issues: [],
    });
    expect(fromVisItems(items).rows).to.have.length(2);
  });

  it('fromVisItems() does not change its input', () => {
    const input = Object.freeze({
      items: Object.freeze([Object.freeze({ id: 1, content: '<b>A</b>', start: '2016-12-22', end: '2016-12-24', className: 'x' })]),
      groups: Object.freeze([Object.freeze({ id: 1, content: 'G' })]),
    });
    const copy = JSON.stringify(input);
    fromVisItems(input);
    expect(JSON.stringify(input)).to.equal(copy);
  });
});

const tjs = JSON.stringify({ events: [{ start_date: { year: 2016 }, text: { headline: 'A' } }] });
const visList = JSON.stringify([{ id: 1, content: 'A', start: '2016-12-22' }]);
const visObject = JSON.stringify({ items: [{ id: 1, content: 'A', start: '2016-12-22', title: 'tip' }], groups: [] });

/** [name, options, expected format] */
const detectCases: [string, Parameters<typeof detectFormat>[0], EventsFormat][] = [
  ['a list of items with content and start', { url: '/items.json', text: visList }, 'vis'],
  ['{ items, groups }', { url: '/items.json', text: visObject }, 'vis'],
  ['{ items } with an empty list', { text: '{"items": []}' }, 'vis'],
  ['vis items under a JSON content type', { contentType: 'application/json', text: visList }, 'vis'],
  ['an explicit vis, in any case', { format: ' VIS ', text: '[]' }, 'vis'],
  ['an explicit json, even for vis items', { format: 'json', text: visObject }, 'json'],
  ['a list of items with a title as ours', { text: '[{"title": "A", "content": "x", "start": "2016"}]' }, 'json'],
  ['our events as ours', { text: '[{"title": "A", "start": "2016"}]' }, 'json'],
  ['{ events } as ours, even with items', { text: '{"events": [], "items": []}' }, 'json'],
  ['an empty list as ours', { text: '[]' }, 'json'],
  ['a TimelineJS document as TimelineJS', { url: '/timeline.json', text: tjs }, 'timelinejs'],
];

describe('detectFormat() and vis-timeline', () => {
  for (const [name, options, expected] of detectCases) {
    it(`detectFormat() says ${expected} for ${name}`, () => {
      expect(detectFormat(options)).to.equal(expected);
    });
  }

  const isCases: [string, unknown, boolean][] = [
    ['a list of items', [{ content: 'A', start: 1 }], true],
    ['{ items }', { items: [] }, true],
    ['a list of our events', [{ title: 'A', start: '2016' }], false],
    ['items with a title in a list', [{ title: 'A', content: 'A', start: '2016' }], false],
    ['an empty list', [], false],
    ['{ items } that is not a list', { items: {} }, false],
    ['null', null, false],
  ];
  for (const [name, doc, expected] of isCases) {
    it(`isVisItems() says ${expected} for ${name}`, () => {
      expect(isVisItems(doc)).to.equal(expected);
    });
  }

  it('parseEventsText() reads vis items, and says where broken JSON breaks', () => {
    expect(parseEventsText(visObject, 'vis')).to.deep.equal({ rows: [{ id: '1', title: 'A', summary: 'tip', start: '2016-12-22' }], issues: [] });
    const broken = parseEventsText('{"items": [', 'vis');
    expect(broken.rows).to.deep.equal([]);
    expect(broken.issues[0].message).to.match(/^events: the file is not valid JSON: .* at line 1, column 12$/);
  });

  it('readEventsText() validates vis items: a warning keeps the item, a missing start leaves it out', () => {
    const text = JSON.stringify([
      { id: 'a', content: 'A', start: '2016-12-22', className: 'x' },
      { id: 'b', content: 'B' },
    ]);
    const result = readEventsText(text, 'vis');
    expect(result.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(result.issues.map((i) => [i.path, i.id, i.skipped])).to.deep.equal([
      ['events[0].className', 'a', false],
      ['events[1].start', 'b', true],
    ]);
  });
});

describe('<event-timeline> with vis-timeline items', () => {
  for (const format of ['vis', '']) {
    it(`draws a vis-timeline file from src ${format ? `with format="${format}"` : 'told from its content'}`, async () => {
      const el = await mount('event-timeline', { widthPx: 900, attrs: format ? { format } : {} });
      el.src = fixtureUrl('vis-items.json');
      await waitUntil(() => el.drawnEvents.length === 4, 'the four vis items are drawn', { timeout: 20000 });
      await settle(el);
      const names = eventNodes(el).map((n) => n.getAttribute('aria-label') ?? '');
      expect(names.some((name) => name.startsWith('Border crossing opened')), names.join(' | ')).to.be.true;
      expect(names.join('|')).not.to.match(/[<>]/);
      expect(el.drawnEvents.find((e) => e.id === '3')).to.include({ title: 'Talks begin', summary: 'In Astana', start: '2017-01-23' });
      expect(el.drawnEvents.find((e) => e.id === '4')).to.include({ start: '2016-12-30', end: '2017-01-14' });
      const lanes = [...root(el).querySelectorAll('[part~="lane-label"]')].map((n) => n.textContent!.trim());
      expect(lanes).to.include.members(['Northern front', 'Talks & truces', 'Northern front (background)']);
      await expect(el).to.be.accessible();
    });
  }

  it('draws markup in items as text, and runs none of it', async () => {
    const flag = window as unknown as { visRan?: number };
    delete flag.visRan;
    const payloads = [
      '<script>window.visRan = 1</script>Script',
      '<img src=x onerror="window.visRan = 2">Image',
      '&lt;img src=x onerror="window.visRan = 3"&gt;',
      '<svg onload="window.visRan = 4"></svg>Svg',
    ];
    const { rows } = fromVisItems(payloads.map((content, i) => ({ id: i, content, title: content, start: `201${i}` })));
    const { events } = validateEvents(rows);
    expect(events).to.have.length(4);
    const el = await mount('event-timeline', { widthPx: 900, props: { events } });
    el.selected = '2';
    await settle(el);
    await nextTask();
    expect(flag.visRan).to.equal(undefined);
    expect(root(el).querySelectorAll('script, img, iframe, foreignObject')).to.have.length(0);
    expect(root(el).querySelector('[part~="detail"]')!.textContent).to.include(`<${WJ}img src=x onerror="window.visRan = 3">`);
  });
});
