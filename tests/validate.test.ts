import { expect } from '@open-wc/testing';
import { syriaEvents } from '../src/data/syria-events.js';
import type { TimelineEvent } from '../src/data/types.js';
import { DEFAULT_CATEGORY, validateEvents, type ValidationIssue } from '../src/data/validate.js';
import { mulberry32 } from '../bench/random.mjs';

/** An issue as [path, message, skipped], for compact tables. */
type Brief = [string, string, boolean];
const brief = (issues: ValidationIssue[]): Brief[] => issues.map((i) => [i.path, i.message, i.skipped]);

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Freezes a value and everything in it, so that a change to the input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const talks = { title: 'Peace talks', start: '2017-01-23' };

/** [name, input, expected issue] for inputs that are not a list of events at all. */
const wholeInputCases: [string, unknown, string][] = [
  ['null', null, 'events: expected a list of events (a JSON array), but got null'],
  ['nothing', undefined, 'events: expected a list of events (a JSON array), but got nothing'],
  ['a number', 42, 'events: expected a list of events (a JSON array), but got the number 42'],
  ['a text', 'events', "events: expected a list of events (a JSON array), but got the text 'events'"],
  ['true', true, 'events: expected a list of events (a JSON array), but got true'],
  [
    'an object without events',
    { event: [] },
    "events: expected a list of events (a JSON array), or an object with an 'events' list, but got an object without 'events'",
  ],
  ['an object whose events is not a list', { events: 3 }, "events: expected a list of events (a JSON array), but 'events' is the number 3"],
  ['an object whose events is null', { events: null }, "events: expected a list of events (a JSON array), but 'events' is null"],
];

/** [name, one input event, expected issues] for events that are left out. */
const skippedCases: [string, unknown, Brief[]][] = [
  ['null', null, [['events[0]', 'events[0]: expected an event (an object with a title and a start), but got null', true]]],
  ['a number', 7, [['events[0]', 'events[0]: expected an event (an object with a title and a start), but got the number 7', true]]],
  ['a list', [talks], [['events[0]', 'events[0]: expected an event (an object with a title and a start), but got a list', true]]],
  ['a Date', new Date(0), [['events[0]', 'events[0]: expected an event (an object with a title and a start), but got a Date object', true]]],
  ['an empty object', {}, [['events[0]', 'events[0]: the event is empty; every event needs a title and a start', true]]],
  ['a missing title', { start: '2016' }, [['events[0].title', 'events[0].title: missing; every event needs a title', true]]],
  ['a title that is a number', { title: 5, start: '2016' }, [['events[0].title', 'events[0].title: expected a text, but got the number 5', true]]],
  ['a blank title', { title: '  ', start: '2016' }, [['events[0].title', 'events[0].title: the title is empty; every event needs one', true]]],
  [
    'a missing start',
    { title: 'T' },
    [['events[0].start', "events[0].start: missing; every event needs a start date, such as '2016' or '2016-12-05'", true]],
  ],
  [
    'a start that is a number',
    { title: 'T', start: 2016 },
    [['events[0].start', "events[0].start: expected a date written as text, such as '2016-12-05', but got the number 2016", true]],
  ],
  ['an empty start', { title: 'T', start: '' }, [['events[0].start', 'events[0].start: the date is empty; every event needs a start date', true]]],
  ['month 13', { title: 'T', start: '2016-13' }, [['events[0].start', "events[0].start: '2016-13' is not a valid date (month 13)", true]]],
  [
    '30 February',
    { title: 'T', start: '2017-02-30' },
    [['events[0].start', "events[0].start: '2017-02-30' is not a valid date (February 2017 has 28 days)", true]],
  ],
  [
    'an invalid end',
    { title: 'T', start: '2016', end: '201' },
    [['events[0].end', "events[0].end: '201' is not a valid date (the year needs four digits)", true]],
  ],
  [
    'an end that is a number (dropping it would make a span a moment)',
    { title: 'T', start: '2016', end: 2017 },
    [['events[0].end', "events[0].end: expected a date written as text, such as '2016-12-05', but got the number 2017", true]],
  ],
  ['an end before the start', { title: 'T', start: '2016', end: '2015' }, [['events[0].end', "events[0].end: '2015' is earlier than the start (2016)", true]]],
  ['an open start without an end', { title: 'T', start: '..' }, [['events[0].start', 'events[0].start: an event without an end cannot have an open start (..)', true]]],
  ['both ends open', { title: 'T', start: '..', end: '..' }, [['events[0].end', 'events[0].end: start and end cannot both be open (..)', true]]],
  [
    'every problem at once, warnings included',
    { title: 3, start: '2016-00', category: 4, colour: 'red' },
    [
      ['events[0].title', 'events[0].title: expected a text, but got the number 3', true],
      ['events[0].start', "events[0].start: '2016-00' is not a valid date (month 0)", true],
      ['events[0].category', "events[0].category: expected a text, but got the number 4, so the event goes in the 'other' lane", true],
      ['events[0].colour', 'events[0].colour: unknown field, ignored', true],
    ],
  ],
];

/** [name, one input event, the event kept, expected warnings]. */
const warningCases: [string, Record<string, unknown>, Omit<TimelineEvent, 'id'>, Brief[]][] = [
  ['a free category, silently', { ...talks, category: 'Sports' }, { ...talks, category: 'Sports' }, []],
  ['a missing category, silently', talks, { ...talks, category: DEFAULT_CATEGORY }, []],
  [
    'a blank category',
    { ...talks, category: ' ' },
    { ...talks, category: DEFAULT_CATEGORY },
    [['events[0].category', "events[0].category: the category is empty, so the event goes in the 'other' lane", false]],
  ],
  [
    'a summary that is not a text',
    { ...talks, summary: ['x'] },
    { ...talks, category: DEFAULT_CATEGORY },
    [['events[0].summary', 'events[0].summary: expected a text, but got a list, so it is ignored', false]],
  ],
  ['null in optional fields, silently', { ...talks, end: null, place: null, source: null }, { ...talks, category: DEFAULT_CATEGORY }, []],
  ['blank optional texts, silently', { ...talks, summary: '', dateLabel: ' ', place: '' }, { ...talks, category: DEFAULT_CATEGORY }, []],
  [
    'an empty end',
    { ...talks, end: '' },
    { ...talks, category: DEFAULT_CATEGORY },
    [['events[0].end', 'events[0].end: the date is empty, so the event is drawn as a moment, without an end', false]],
  ],
  [
    'actors that are not a list',
    { ...talks, actors: 'Russia' },
    { ...talks, category: DEFAULT_CATEGORY },
    [['events[0].actors', "events[0].actors: expected a list of names, but got the text 'Russia', so it is ignored", false]],
  ],
  [
    'actors with names that are not texts',
    { ...talks, actors: ['Russia', 3, null, ' ', 'Turkey'] },
    { ...talks, category: DEFAULT_CATEGORY, actors: ['Russia', 'Turkey'] },
    [
      ['events[0].actors[1]', 'events[0].actors[1]: expected a name, but got the number 3, so it is ignored', false],
      ['events[0].actors[2]', 'events[0].actors[2]: expected a name, but got null, so it is ignored', false],
    ],
  ],
  [
    'a source that is not an object',
    { ...talks, source: 'BBC' },
    { ...talks, category: DEFAULT_CATEGORY },
    [
      [
        'events[0].source',
        "events[0].source: expected an object with a quote, speaker, title, publisher, published, url or lang, but got the text 'BBC', so it is ignored",
        false,
      ],
    ],
  ],
  [
    'a javascript: link',
    { ...talks, source: { quote: 'Q', url: 'javascript:alert(1)' } },
    { ...talks, category: DEFAULT_CATEGORY, source: { quote: 'Q' } },
    [['events[0].source.url', "events[0].source.url: 'javascript:alert(1)' is not a web or mail link, so it is not shown as a link", false]],
  ],
  [
    'a data: link',
    { ...talks, source: { url: 'data:text/html,<script>alert(1)</script>' } },
    { ...talks, category: DEFAULT_CATEGORY },
    [
      [
        'events[0].source.url',
        "events[0].source.url: 'data:text/html,<script>alert(1)</script>' is not a web or mail link, so it is not shown as a link",
        false,
      ],
    ],
  ],
  [
    'a relative link, without a base',
    { ...talks, source: { url: 'report.html' } },
    { ...talks, category: DEFAULT_CATEGORY },
    [
      [
        'events[0].source.url',
        "events[0].source.url: 'report.html' is not a full web address (such as https://example.org/page), so it is not shown as a link",
        false,
      ],
    ],
  ],
  ['http, https and mailto links, silently', { ...talks, source: { url: 'mailto:a@example.org' } }, { ...talks, category: DEFAULT_CATEGORY, source: { url: 'mailto:a@example.org' } }, []],
  [
    'an invalid published date',
    { ...talks, source: { title: 'T', published: '2016-13' } },
    { ...talks, category: DEFAULT_CATEGORY, source: { title: 'T' } },
    [['events[0].source.published', "events[0].source.published: '2016-13' is not a valid date (month 13), so it is ignored", false]],
  ],
  [
    'unknown fields, with a hint for near misses',
    { ...talks, Title: 'x', start_date: 'y', 'odd key!': 1 },
    { ...talks, category: DEFAULT_CATEGORY },
    [
      ['events[0].Title', "events[0].Title: unknown field, ignored (did you mean 'title'?)", false],
      ['events[0].start_date', "events[0].start_date: unknown field, ignored (did you mean 'start'?)", false],
      ["events[0]['odd key!']", "events[0]['odd key!']: unknown field, ignored", false],
    ],
  ],
  [
    'an unknown source field',
    { ...talks, source: { quote: 'Q', page: 4 } },
    { ...talks, category: DEFAULT_CATEGORY, source: { quote: 'Q' } },
    [['events[0].source.page', 'events[0].source.page: unknown field, ignored', false]],
  ],
  [
    'an id that is a number',
    { ...talks, id: 42 },
    { ...talks, category: DEFAULT_CATEGORY },
    [['events[0].id', 'events[0].id: expected a text, but got the number 42, so an id is made from the title and start instead', false]],
  ],
];

/** [name, one input event, the codes of its issues]: one case for each kind of problem the validator reports. */
const codeCases: [string, unknown, string[]][] = [
  ['not an event', 5, ['not-an-event']],
  ['an empty event', {}, ['empty-event']],
  ['a missing title', { start: '2016' }, ['missing-title']],
  ['a title that is a number', { title: 5, start: '2016' }, ['wrong-type']],
  ['a blank title', { title: ' ', start: '2016' }, ['empty-title']],
  ['a missing start', { title: 'T' }, ['missing-start']],
  ['an empty start', { title: 'T', start: '' }, ['empty-start']],
  ['a start that is a number', { title: 'T', start: 2016 }, ['invalid-date']],
  ['month 13', { title: 'T', start: '2016-13' }, ['invalid-date']],
  ['an open start without an end', { title: 'T', start: '..' }, ['invalid-date']],
  ['an end before the start', { title: 'T', start: '2016', end: '2015' }, ['end-before-start']],
  ['an empty end', { ...talks, end: '' }, ['empty-end']],
  ['an id that is a number', { ...talks, id: 4 }, ['invalid-id']],
  ['a category that is a number', { ...talks, category: 4 }, ['invalid-category']],
  ['a summary that is a list', { ...talks, summary: [] }, ['wrong-type']],
  ['actors that are a text', { ...talks, actors: 'A' }, ['wrong-type']],
  ['a source that is a text', { ...talks, source: 'S' }, ['wrong-type']],
  ['seven names that are not texts', { ...talks, actors: [1, 2, 3, 4, 5, 6, 7] }, [...Array(5).fill('invalid-actor'), 'more-invalid-actors']],
  ['a javascript: link', { ...talks, source: { url: 'javascript:alert(1)' } }, ['unsafe-url']],
  ['a relative link', { ...talks, source: { url: 'page.html' } }, ['relative-url']],
  ['an invalid published date', { ...talks, source: { published: '2016-13' } }, ['invalid-date']],
  ['an unknown source field', { ...talks, source: { page: 3 } }, ['unknown-field']],
  [
    'seven unknown fields',
    { ...talks, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 },
    [...Array(5).fill('unknown-field'), 'more-unknown-fields'],
  ],
];

/** [name, input events, expected ids] */
const idCases: [string, Record<string, unknown>[], string[]][] = [
  ['slugs title and start', [talks], ['peace-talks-2017-01-23']],
  ['drops accents and qualifiers', [{ title: 'Évacuation d’Alep!', start: '2016-36~' }], ['evacuation-d-alep-2016-36']],
  ['keeps letters of other scripts, without their marks', [{ title: 'محادثات أستانا', start: '2017' }], ['محادثات-استانا-2017']],
  ['leaves out an open start', [{ title: 'War', start: '..', end: '2017' }], ['war']],
  ['names an event without letters or digits "event"', [{ title: '!!!', start: '2016' }], ['event-2016']],
  ['numbers collisions in input order', [talks, talks, talks], ['peace-talks-2017-01-23', 'peace-talks-2017-01-23-2', 'peace-talks-2017-01-23-3']],
  [
    'never takes an id that an event has of its own, even a later one',
    [talks, { ...talks, id: 'peace-talks-2017-01-23' }],
    ['peace-talks-2017-01-23-2', 'peace-talks-2017-01-23'],
  ],
  ['keeps own ids as they are', [{ ...talks, id: 'My ID' }], ['My ID']],
];

describe('validateEvents()', () => {
  for (const [name, input, message] of wholeInputCases) {
    it(`validateEvents() reports one issue for the whole input when given ${name}`, () => {
      const result = validateEvents(input);
      const issue = { index: -1, code: 'invalid-input', path: 'events', message, skipped: true };
      expect(result).to.deep.equal({ events: [], issues: [issue], total: 0 });
    });
  }

  for (const [name, event, expected] of skippedCases) {
    it(`validateEvents() leaves out an event with ${name}`, () => {
      const result = validateEvents([event]);
      expect(result.events).to.deep.equal([]);
      expect(result.total).to.equal(1);
      expect(brief(result.issues)).to.deep.equal(expected);
      expect(result.issues.every((issue) => issue.index === 0)).to.equal(true);
    });
  }

  for (const [name, event, kept, expected] of warningCases) {
    it(`validateEvents() keeps an event with ${name}`, () => {
      const result = validateEvents([event]);
      expect(result.events).to.have.length(1);
      const { id, ...rest } = result.events[0];
      expect(id).to.be.a('string').and.not.empty;
      expect(rest).to.deep.equal(kept);
      expect(brief(result.issues)).to.deep.equal(expected);
      for (const issue of result.issues) expect(issue.id).to.equal(id);
    });
  }

  for (const [name, event, codes] of codeCases) {
    it(`validateEvents() gives the code ${codes.at(-1)} to ${name}`, () => {
      expect(validateEvents([event]).issues.map((i) => i.code)).to.deep.equal(codes);
    });
  }

  it('validateEvents() gives the codes unreadable-event and duplicate-id', () => {
    const hostile = Object.defineProperty({}, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateEvents([hostile, { ...talks, id: 'a' }, { ...talks, id: 'a' }]);
    expect(result.issues.map((i) => i.code)).to.deep.equal(['unreadable-event', 'duplicate-id']);
  });

  it('validateEvents() reports 100,000 events with two unknown fields as 200,000 warnings, each with its code', () => {
    const input = Array.from({ length: 100_000 }, (_, i) => ({ title: `E${i}`, start: '2016', group: 'g', content: 'c' }));
    const { events, issues } = validateEvents(input);
    expect(events).to.have.length(100_000);
    expect(issues).to.have.length(200_000);
    expect(issues.every((i) => i.code === 'unknown-field' && !i.skipped)).to.equal(true);
    expect(issues[0].message).to.equal("events[0].group: unknown field, ignored (did you mean 'category'?)");
    expect(issues[1].message).to.equal('events[0].content: unknown field, ignored');
  });

  for (const [name, input, ids] of idCases) {
    it(`validateEvents() derives ids: ${name}`, () => {
      const result = validateEvents(input);
      expect(result.events.map((e) => e.id)).to.deep.equal(ids);
    });
  }

  it('validateEvents() leaves out a repeated id, naming the first event with it', () => {
    const result = validateEvents([
      { ...talks, id: 'a' },
      { ...talks, id: 'b' },
      { title: 'Later', start: '2018', id: 'a' },
    ]);
    expect(result.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(result.issues).to.deep.equal([
      {
        index: 2,
        id: 'a',
        code: 'duplicate-id',
        path: 'events[2].id',
        message: "events[2].id: 'a' is already the id of events[0], so this event is left out",
        skipped: true,
      },
    ]);
  });

  it('validateEvents() reads the events of an object with an events list, counting them in total', () => {
    const result = validateEvents({ title: 'Mine', events: [talks, null] });
    expect(result.events).to.have.length(1);
    expect(result.total).to.equal(2);
  });

  it('validateEvents() reports an empty place in a sparse list', () => {
    const sparse: unknown[] = [];
    sparse[1] = talks;
    const result = validateEvents(sparse);
    expect(result.total).to.equal(2);
    expect(brief(result.issues)).to.deep.equal([
      ['events[0]', 'events[0]: expected an event (an object with a title and a start), but got nothing (an empty place in the list)', true],
    ]);
  });

  it('validateEvents() leaves out an event whose getter throws, as could not be read', () => {
    const hostile = Object.defineProperty({ start: '2016' }, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateEvents([hostile, talks]);
    expect(result.events).to.have.length(1);
    expect(brief(result.issues)).to.deep.equal([['events[0]', 'events[0]: could not be read', true]]);
  });

  it('validateEvents() copies every event, keeping the input as it was (even frozen)', () => {
    const input = deepFreeze([{ ...talks, actors: ['A'], source: { quote: 'Q', url: 'https://example.org/' } }]);
    const before = JSON.stringify(input);
    const { events } = validateEvents(input);
    expect(JSON.stringify(input)).to.equal(before);
    expect(events[0]).not.to.equal(input[0]);
    expect(events[0].actors).not.to.equal(input[0].actors);
    expect(events[0].source).not.to.equal(input[0].source);
    expect(events[0]).to.deep.equal({ id: 'peace-talks-2017-01-23', ...input[0], category: DEFAULT_CATEGORY });
  });

  it('validateEvents() resolves a relative link against baseUrl', () => {
    const { events, issues } = validateEvents([{ ...talks, source: { url: 'report.html' } }], {
      baseUrl: 'https://example.org/data/events.json',
    });
    expect(issues).to.deep.equal([]);
    expect(events[0].source).to.deep.equal({ url: 'https://example.org/data/report.html' });
  });

  it('validateEvents() cuts a long value in a message to about 60 characters, with an ellipsis', () => {
    const { issues } = validateEvents([{ title: 'T', start: `2016-13${'x'.repeat(10_000)}` }]);
    expect(issues[0].message).to.equal(`events[0].start: '2016-13${'x'.repeat(53)}…' is not a valid date (expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD))`);
  });

  it('validateEvents() writes control and bidirectional characters in messages as escapes', () => {
    const { issues } = validateEvents([{ title: 'T', start: '20\u0000\u202e16\n', 'a\u0007': 1 }]);
    expect(issues.map((i) => i.message)).to.deep.equal([
      "events[0].start: '20\\u0000\\u202E16\\n' is not a valid date (expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD))",
      "events[0]['a\\u0007']: unknown field, ignored",
    ]);
  });

  it('validateEvents() sums up more than five unknown fields or bad names in one warning each', () => {
    const extra = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, i]));
    const { events, issues } = validateEvents([{ ...talks, ...extra, actors: Array.from({ length: 7 }, (_, i) => i) }]);
    expect(events).to.have.length(1);
    expect(issues).to.have.length(5 + 1 + 5 + 1);
    expect(issues.map((i) => i.message)).to.include('events[0].actors: 2 more entries are not names, so they are ignored');
    expect(issues.map((i) => i.message)).to.include('events[0]: 3 more unknown fields, ignored');
  });

  it('validateEvents() gives every issue a path that starts its message, in input order', () => {
    const { issues } = validateEvents([null, { title: 'T', start: '2016', foo: 1 }, { start: 'x' }, 5]);
    expect(issues.map((i) => i.index)).to.deep.equal([0, 1, 2, 2, 3]);
    for (const issue of issues) expect(issue.message.startsWith(`${issue.path}: `), issue.message).to.equal(true);
  });

  it('validateEvents() keeps every event of the Syria dataset as it is, with no issue', () => {
    const result = validateEvents(syriaEvents);
    expect(result.issues).to.deep.equal([]);
    expect(result.events).to.deep.equal(syriaEvents.map((e) => JSON.parse(JSON.stringify(e))));
  });

  it('validateEvents() changes nothing in events it returned before', () => {
    const first = validateEvents([talks, talks, { ...talks, id: 'x', category: 'military', summary: 'S', actors: ['A'] }]);
    const second = validateEvents(first.events);
    expect(second.issues).to.deep.equal([]);
    expect(second.events).to.deep.equal(first.events);
  });

  it('validateEvents() draws the 2 valid events of validate-mixed.json and reports the 5 invalid ones', async () => {
    const data: unknown = await (await fetch(fixture('validate-mixed.json'))).json();
    const { events, issues, total } = validateEvents(data);
    expect(events.map((e) => e.id)).to.deep.equal(['talks-open-2017-01-23', 'siege']);
    expect(total).to.equal(7);
    const leftOut = [...new Set(issues.filter((i) => i.skipped).map((i) => i.index))];
    expect(leftOut).to.deep.equal([1, 2, 3, 4, 5]);
    expect(brief(issues.filter((i) => !i.skipped))).to.deep.equal([
      ['events[6].actors[1]', 'events[6].actors[1]: expected a name, but got the number 7, so it is ignored', false],
      ['events[6].source.url', "events[6].source.url: 'javascript:alert(1)' is not a web or mail link, so it is not shown as a link", false],
      ['events[6].colour', 'events[6].colour: unknown field, ignored', false],
    ]);
    expect(issues.find((i) => i.index === 1)).to.include({ id: 'bad-month', message: "events[1].start: '2016-13' is not a valid date (month 13)" });
  });
});

describe('validateEvents() on the usual events', () => {
  it('checks an event of ids, titles, dates and categories as it checks one with more fields (2,000 random events)', () => {
    const random = mulberry32(0xda7e);
    const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)];
    const dates = ['2016', '2016-02', '2016-02-29', '2015-02-29', '2016-13', '2016-00', '2016-12-31', '2016~', '2016-05?', '2016-05-01%', '201X', '..', '2016-21', ' 2016 ', 'Y20000', '2017-01-23', '', '  '];
    const texts = ['Astana talks', 'Ceasefire', '', ' ', 'Aleppo'];
    const events = Array.from({ length: 2000 }, () => {
      const event: Record<string, unknown> = {};
      if (random() < 0.7) event.id = pick(['a', 'b', 'c', '', ' ', 'd', 'e']);
      if (random() < 0.95) event.title = pick(texts);
      if (random() < 0.95) event.start = pick(dates);
      if (random() < 0.4) event.end = pick(dates);
      if (random() < 0.8) event.category = pick(['military', 'diplomacy', 'weather', '', ' ']);
      if (random() < 0.05) event.title = 42;
      return event;
    });
    // A blank summary is dropped without a word, and makes every event go through the checks of all fields.
    const plain = validateEvents(events);
    const full = validateEvents(events.map((event) => ({ ...event, summary: ' ' })));
    expect(plain.events.length, 'some are kept').to.be.greaterThan(300);
    expect(plain.issues.length, 'some have problems').to.be.greaterThan(300);
    expect(JSON.stringify(plain.events), 'the same events, with their fields in the same order').to.equal(JSON.stringify(full.events));
    expect(brief(plain.issues)).to.deep.equal(brief(full.issues));
  });
});
