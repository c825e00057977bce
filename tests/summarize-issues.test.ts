import { expect } from '@open-wc/testing';
import { summarizeIssues, summarizeSource, type IssueGroup, type SummarizeOptions } from '../src/data/summarize-issues.js';
import { checkEvents, validateEvents, type ValidationIssue } from '../src/data/validate.js';

/** An issue as the validator makes it: the message is the path, then the text. */
const issue = (index: number, code: string | undefined, path: string, text: string, skipped: boolean): ValidationIssue => ({
  index,
  ...(code !== undefined && { code }),
  path,
  message: `${path}: ${text}`,
  skipped,
});

/** `n` events, `events[from]` on, each with the same warning. */
const alike = (n: number, code: string, field: string, text: string, from = 0) =>
  Array.from({ length: n }, (_, i) => issue(from + i, code, `events[${from + i}].${field}`, text, false));

const talks = { title: 'Peace talks', start: '2017-01-23' };

/** [name, issues, options, expected groups]. */
const cases: [string, ValidationIssue[], SummarizeOptions, IssueGroup[]][] = [
  ['returns nothing for no issues', [], {}, []],
  [
    'keeps the message of a group of one issue',
    [issue(3, 'invalid-date', 'events[3].start', "'2016-13' is not a valid date (month 13)", true)],
    {},
    [
      {
        code: 'invalid-date', field: 'start', skipped: true, count: 1, events: 1, examples: ['events[3]'],
        message: "events[3].start: '2016-13' is not a valid date (month 13)",
      },
    ],
  ],
  [
    'sums up an unknown field in many events, with its hint, three examples and a grouped count of the rest',
    alike(100_000, 'unknown-field', 'group', "unknown field, ignored (did you mean 'category'?)"),
    {},
    [
      {
        code: 'unknown-field', field: 'group', skipped: false, count: 100_000, events: 100_000,
        examples: ['events[0]', 'events[1]', 'events[2]'],
        message: "group: unknown field in 100,000 events (events[0], events[1], events[2] and 99,997 more), ignored (did you mean 'category'?)",
      },
    ],
  ],
  [
    'names every event when there are no more than the examples',
    alike(2, 'unsafe-url', 'source.url', "'javascript:x' is not a web or mail link, so it is not shown as a link", 5),
    {},
    [
      {
        code: 'unsafe-url', field: 'source.url', skipped: false, count: 2, events: 2, examples: ['events[5]', 'events[6]'],
        message:
          "source.url: not a web or mail link in 2 events (events[5], events[6]), not shown as a link; the first: 'javascript:x' is not a web or mail link, so it is not shown as a link",
      },
    ],
  ],
  [
    'takes as many examples as asked',
    alike(4, 'empty-end', 'end', 'the date is empty, so the event is drawn as a moment, without an end'),
    { examples: 1 },
    [
      {
        code: 'empty-end', field: 'end', skipped: false, count: 4, events: 4, examples: ['events[0]'],
        message: 'end: an empty end date in 4 events (events[0] and 3 more), drawn as a moment, without an end',
      },
    ],
  ],
  [
    'shows the first of issues that quote different values',
    [
      issue(1, 'invalid-date', 'events[1].start', "'2016-13' is not a valid date (month 13)", true),
      issue(4, 'invalid-date', 'events[4].start', "'201' is not a valid date (the year needs four digits)", true),
    ],
    {},
    [
      {
        code: 'invalid-date', field: 'start', skipped: true, count: 2, events: 2, examples: ['events[1]', 'events[4]'],
        message: "start: not a valid date in 2 events (events[1], events[4]); the first: '2016-13' is not a valid date (month 13)",
      },
    ],
  ],
  [
    'puts groups of events left out first, each kind in the order of its first issue',
    [
      issue(0, 'unknown-field', 'events[0].colour', 'unknown field, ignored', false),
      issue(1, 'unknown-field', 'events[1].colour', 'unknown field, ignored', true),
      issue(1, 'missing-title', 'events[1].title', 'missing; every event needs a title', true),
      issue(2, 'wrong-type', 'events[2].summary', 'expected a text, but got a list, so it is ignored', false),
    ],
    {},
    [
      {
        code: 'unknown-field', field: 'colour', skipped: true, count: 1, events: 1, examples: ['events[1]'],
        message: 'events[1].colour: unknown field, ignored',
      },
      {
        code: 'missing-title', field: 'title', skipped: true, count: 1, events: 1, examples: ['events[1]'],
        message: 'events[1].title: missing; every event needs a title',
      },
      {
        code: 'unknown-field', field: 'colour', skipped: false, count: 1, events: 1, examples: ['events[0]'],
        message: 'events[0].colour: unknown field, ignored',
      },
      {
        code: 'wrong-type', field: 'summary', skipped: false, count: 1, events: 1, examples: ['events[2]'],
        message: 'events[2].summary: expected a text, but got a list, so it is ignored',
      },
    ],
  ],
  [
    'counts an event with several issues of a kind once, without its list positions in the field',
    [
      issue(2, 'invalid-actor', 'events[2].actors[1]', 'expected a name, but got the number 3, so it is ignored', false),
      issue(2, 'invalid-actor', 'events[2].actors[4]', 'expected a name, but got null, so it is ignored', false),
    ],
    {},
    [
      {
        code: 'invalid-actor', field: 'actors', skipped: false, count: 2, events: 1, examples: ['events[2]'],
        message: 'actors: names that are not texts in 1 event (events[2]), ignored; the first: expected a name, but got the number 3, so it is ignored',
      },
    ],
  ],
  [
    'names a problem with whole events without a field',
    [
      issue(4, 'not-an-event', 'events[4]', 'expected an event (an object with a title and a start), but got the number 42', true),
      issue(5, 'not-an-event', 'events[5]', 'expected an event (an object with a title and a start), but got the number 42', true),
    ],
    {},
    [
      {
        code: 'not-an-event', field: '', skipped: true, count: 2, events: 2, examples: ['events[4]', 'events[5]'],
        message:
          'not an event in 2 places (events[4], events[5]); the first: expected an event (an object with a title and a start), but got the number 42',
      },
    ],
  ],
  [
    'keeps a problem with the whole input as it is',
    [issue(-1, 'invalid-input', 'events', 'expected a list of events (a JSON array), but got null', true)],
    {},
    [
      {
        code: 'invalid-input', field: '', skipped: true, count: 1, events: 0, examples: ['events'],
        message: 'events: expected a list of events (a JSON array), but got null',
      },
    ],
  ],
  [
    'sums up problems with a sheet’s header by their first few messages',
    ['A', 'B', 'C', 'D'].map((column) => issue(-1, 'unknown-column', 'header', `column ${column} ('x') is not a known column, so it is ignored`, false)),
    { examples: 2 },
    [
      {
        code: 'unknown-column', field: 'header', skipped: false, count: 4, events: 0, examples: ['header'],
        message: "header: column A ('x') is not a known column, so it is ignored; header: column B ('x') is not a known column, so it is ignored; and 2 more like them",
      },
    ],
  ],
  [
    'groups issues without a code by their field',
    [issue(0, undefined, 'events[0].start', 'wrong', true), issue(1, undefined, 'events[1].start', 'wrong', true)],
    {},
    [
      {
        code: '', field: 'start', skipped: true, count: 2, events: 2, examples: ['events[0]', 'events[1]'],
        message: 'start: problems in 2 events (events[0], events[1]); the first: wrong',
      },
    ],
  ],
];

describe('summarizeIssues()', () => {
  for (const [name, issues, options, expected] of cases) {
    it(`summarizeIssues() ${name}`, () => {
      expect(summarizeIssues(issues, options)).to.deep.equal(expected);
    });
  }

  it('summarizeIssues() does not change the issues it is given', () => {
    const issues = Object.freeze(alike(5, 'unknown-field', 'group', 'unknown field, ignored').map((i) => Object.freeze(i)));
    const before = JSON.stringify(issues);
    summarizeIssues(issues);
    expect(JSON.stringify(issues)).to.equal(before);
  });

  it('summarizeIssues() sums up what validateEvents() found in 100,000 events with two unknown fields in 2 groups', () => {
    const input = Array.from({ length: 100_000 }, (_, i) => ({ ...talks, id: `e${i}`, group: 'g', content: 'c' }));
    const groups = summarizeIssues(validateEvents(input).issues);
    expect(groups.map((g) => [g.code, g.field, g.count, g.events])).to.deep.equal([
      ['unknown-field', 'group', 100_000, 100_000],
      ['unknown-field', 'content', 100_000, 100_000],
    ]);
    expect(groups[1].message).to.equal(
      'content: unknown field in 100,000 events (events[0], events[1], events[2] and 99,997 more), ignored',
    );
  });

  it('summarizeSource() of checkEvents() sums up as summarizeIssues() of validateEvents(), reading few issues whole', () => {
    const input = [
      talks, null, { title: 'T', start: '2016-13', group: 1 }, { ...talks, id: 'x', source: { url: 'page.html', page: 2 } },
      { ...talks, id: 'x' }, { ...talks, colour: 'red', a: 1, b: 2, c: 3, d: 4, e: 5 }, { ...talks, actors: [1, 2] }, 7,
    ];
    const checked = checkEvents(input);
    const read: number[] = [];
    const groups = summarizeSource({
      forEachIssue: (visit) => checked.forEachIssue(visit),
      issueAt: (ref) => (read.push(ref), checked.issueAt(ref)),
    });
    expect(groups).to.deep.equal(summarizeIssues(validateEvents(input).issues));
    expect(read, 'the first issue of each group').to.have.length(groups.length);
    const { issues } = validateEvents(input);
    expect(issues.map((_, ref) => checked.issueAt(ref)), 'each made alone').to.deep.equal(issues);
    expect(checked.issues, 'all made at once').to.deep.equal(issues);
    expect(checked.count).to.equal(issues.length);
  });

  it('summarizeIssues() sums up each kind of problem of a mixed input in its own group, errors first', () => {
    const input = [
      talks,
      { ...talks, end: '' },
      null,
      { title: 'T', start: '2016-13' },
      { ...talks, source: { url: 'javascript:alert(1)' } },
      { start: '2016' },
      { title: 'U', start: '2017-02-30' },
    ];
    const groups = summarizeIssues(validateEvents(input).issues);
    expect(groups.map((g) => [g.skipped, g.code, g.field, g.examples.join()])).to.deep.equal([
      [true, 'not-an-event', '', 'events[2]'],
      [true, 'invalid-date', 'start', 'events[3],events[6]'],
      [true, 'missing-title', 'title', 'events[5]'],
      [false, 'empty-end', 'end', 'events[1]'],
      [false, 'unsafe-url', 'source.url', 'events[4]'],
    ]);
  });
});
