import { assert } from '@open-wc/testing';
import { datesOf, eventFor, type Expected } from './extract-harness.js';
import { parseEventDates } from '../src/data/edtf.js';
import { validateEvents } from '../src/data/validate.js';
import { ExtractError, extractEvents } from '../src/extract/index.js';


/**
 * [name, publication day, text, the date words, expected date]. Weekdays of the publication days used: 2017-01-18
 * Wednesday, 2017-03-01 Wednesday, 2018-01-01 Monday, 2019-11-04 Monday, 2019-11-03 Sunday, 2024-02-29 Thursday,
 * 2024-03-01 Friday, 2017-01-20 Friday, 2021-03-10 Wednesday.
 */
const cases: [string, string, string, string, Expected][] = [
  // weekdays: the nearest on or before the publication day, across month and year ends and leap days
  ['a weekday on the publication day is that day', '2017-01-18', 'In a Wednesday meeting, the ministers agreed.', 'Wednesday', { start: '2017-01-18' }],
  ['a weekday goes back across a month end', '2017-03-01', 'The army attacked on Monday.', 'on Monday', { start: '2017-02-27' }],
  ['a weekday goes back across a year end', '2018-01-01', 'Talks collapsed on Friday.', 'on Friday', { start: '2017-12-29' }],
  ['a weekday reaches a leap day', '2024-03-01', 'The convoy arrived on Thursday.', 'on Thursday', { start: '2024-02-29' }],
  ['a weekday steps over a leap day', '2024-03-01', 'The convoy left on Tuesday.', 'on Tuesday', { start: '2024-02-27' }],
  ['“last Friday” on a Friday is the week before', '2017-01-20', 'Protesters gathered last Friday.', 'last Friday', { start: '2017-01-13' }],
  ['“next Monday” on a Monday is a week later', '2019-11-04', 'The talks will resume next Monday.', 'next Monday', { start: '2019-11-11' }],
  ['a weekday in the future tense comes after the publication day', '2017-01-18', 'The ministers will meet on Friday.', 'on Friday', { start: '2017-01-20' }],
  ['a weekday in the style “said Tuesday” is that day', '2017-01-18', 'Officials said Tuesday that the road had reopened.', 'Tuesday', { start: '2017-01-17' }],
  ['“late Monday” is Monday', '2017-01-18', 'The ministry confirmed the deal late Monday.', 'late Monday', { start: '2017-01-16' }],
  ['a future weekday crosses a year end', '2017-12-29', 'The delegation will arrive on Tuesday.', 'on Tuesday', { start: '2018-01-02' }],
  // days named by the calendar
  ['a date with its year is that day', '2017-01-18', 'The city was retaken on December 17, 2016.', 'on December 17, 2016', { start: '2016-12-17' }],
  ['a date written day first is that day', '2017-01-18', 'The truce began on 30 December 2016.', 'on 30 December 2016', { start: '2016-12-30' }],
  ['a date without a year in the future tense comes after publication', '2017-01-18', 'The negotiations will be held on January 23.', 'on January 23', { start: '2017-01-23' }],
  ['a date without a year in the past tense comes before publication', '2017-01-18', 'The envoy arrived on January 23.', 'on January 23', { start: '2016-01-23' }],
  ['29 February without a year finds the last leap year', '2023-03-10', 'The dam opened on February 29.', 'on February 29', { start: '2020-02-29' }],
  ['29 February in a leap year is that day', '2024-03-10', 'The dam opened on Feb. 29.', 'on Feb. 29', { start: '2024-02-29' }],
  ['an abbreviated month is read', '2019-11-04', 'Mediators joined the talks on Oct. 14.', 'on Oct. 14', { start: '2019-10-14' }],
  ['a weekday before a date is the same day', '2017-01-18', 'The army entered the city on Monday, January 16, 2017.', 'on Monday, January 16, 2017', { start: '2017-01-16' }],
  // days counted from the publication day
  ['“yesterday” on New Year’s Day is New Year’s Eve', '2017-01-01', 'The ceasefire took hold yesterday.', 'yesterday', { start: '2016-12-31' }],
  ['“three days ago” is that day', '2024-03-02', 'The strike hit the market three days ago.', 'three days ago', { start: '2024-02-28' }],
  ['“two weeks ago” is about that day', '2017-01-18', 'The siege ended two weeks ago.', 'two weeks ago', { start: '2017-01-04~' }],
  // weeks, months, years and their parts
  ['“last week” on a Monday is the whole week before', '2019-11-04', 'Protests broke out last week.', 'last week', { start: '2019-10-28', end: '2019-11-03' }],
  ['“last week” on a Sunday is the week before the current one', '2019-11-03', 'Protests broke out last week.', 'last week', { start: '2019-10-21', end: '2019-10-27' }],
  ['“last week” across a year end', '2021-01-06', 'Fighting resumed last week.', 'last week', { start: '2020-12-28', end: '2021-01-03' }],
  ['“last weekend” on a Monday is the two days before', '2019-11-04', 'Thousands marched last weekend.', 'last weekend', { start: '2019-11-02', end: '2019-11-03' }],
  ['“over the weekend” in the future tense is the coming weekend', '2023-09-29', 'More storms could hit the coast over the weekend.', 'over the weekend', { start: '2023-09-30', end: '2023-10-01' }],
  ['“over the weekend” in the past tense is the last weekend', '2023-09-26', 'Storms hit the coast over the weekend.', 'over the weekend', { start: '2023-09-23', end: '2023-09-24' }],
  ['“late last year” in January is the last quarter of the year before, approximate', '2017-01-18', 'Late last year, the army took the city.', 'Late last year', { start: '2016-36~' }],
  ['“late last year” on New Year’s Day', '2017-01-01', 'Late last year, the army took the city.', 'Late last year', { start: '2016-36~' }],
  ['“early this year” is the first quarter, approximate', '2017-08-01', 'Early this year, the border reopened.', 'Early this year', { start: '2017-33~' }],
  ['“earlier this month” is the month', '2021-03-10', 'Earlier this month, the government announced a fund.', 'Earlier this month', { start: '2021-03' }],
  ['“earlier this year” is the part of the year up to publication', '2017-05-10', 'Earlier this year, the border reopened.', 'Earlier this year', { start: '2017-40~' }],
  ['“last month” in January is December', '2017-01-18', 'The offensive began last month.', 'last month', { start: '2016-12' }],
  ['“next month” in December is January', '2019-12-04', 'The commission is expected to meet next month.', 'next month', { start: '2020-01' }],
  ['“in March 2011” is the month', '2017-01-18', 'Protests began in March 2011.', 'in March 2011', { start: '2011-03' }],
  ['“in early October” is October of that year', '2019-11-04', 'Negotiations resumed in early October.', 'in early October', { start: '2019-10' }],
  ['“back in 2012” is the year', '2017-01-18', 'The city had fallen back in 2012.', 'back in 2012', { start: '2012' }],
  ['“mid-2016” is the middle of the year, approximate', '2017-01-18', 'The front was quiet in mid-2016.', 'in mid-2016', { start: '2016-34~', end: '2016-35~' }],
  ['“in the summer of 2017” is the season', '2019-11-04', 'The dispute began in the summer of 2017.', 'in the summer of 2017', { start: '2017-22' }],
  ['“the 2014 election” is the year', '2019-11-04', 'The 2014 election was disputed.', 'The 2014', { start: '2014' }],
  // spans
  ['“since 2011” runs from 2011 on', '2017-01-18', 'The groups have been armed since 2011.', 'since 2011', { start: '2011', end: '..' }],
  ['“between 2012 and 2014” is a span of years', '2017-01-18', 'The town changed hands between 2012 and 2014.', 'between 2012 and 2014', { start: '2012', end: '2014' }],
  ['“from March to May 2016” takes the year of its end', '2017-01-18', 'The siege lasted from March to May 2016.', 'from March to May 2016', { start: '2016-03', end: '2016-05' }],
  ['“for two years” in the present perfect runs from two years ago on', '2017-01-18', 'The road has been closed for two years.', 'for two years', { start: '2015~', end: '..' }],
];

/** [name, publication day, text, the date words, expected date]: words counted from a date before them. */
const anchoredCases: [string, string, string, string, Expected][] = [
  ['“two days later” counts from the day before it', '2017-01-18', 'On Monday, troops entered the town. Two days later, they withdrew.', 'Two days later', { start: '2017-01-18' }],
  ['“soon afterwards” is about the day before it, never that exact day', '2017-01-18', 'On Monday, troops entered the town. Soon afterwards, aid agencies left.', 'Soon afterwards', { start: '2017-01-16~' }],
  ['“soon afterwards” after “last week” is about that week', '2021-03-10', 'Clashes broke out last week. Soon afterwards, aid agencies suspended deliveries.', 'Soon afterwards', { start: '2021-03-01~', end: '2021-03-07~' }],
  ['“later” after “late last year” stays in that quarter', '2017-01-18', 'Late last year, the army took the city. Government forces later secured the evacuation.', 'later', { start: '2016-36~' }],
  ['“Earlier” with nothing to count from is about the publication day', '2017-01-18', 'Earlier, the foreign minister opposed the plan.', 'Earlier', { start: '2017-01-18~' }],
  ['“the following spring” is the next spring after the date before it', '2019-11-04', 'The dispute began in the summer of 2017. Farmers reported losses the following spring.', 'the following spring', { start: '2018-21' }],
  ['“the next day” counts from the day before it', '2018-01-01', 'The vote was held on Friday. The results were announced the next day.', 'the next day', { start: '2017-12-30' }],
  ['“in the following weeks” is a vague span after the date before it', '2022-10-12', 'The blockade began on Feb. 12. Prices rose in the following weeks.', 'in the following weeks', { start: '2022-02-12~', end: '2022-04-09~' }],
  ['“a week later” is about that day', '2017-01-18', 'The envoy arrived on December 20, 2016. A week later, the truce began.', 'A week later', { start: '2016-12-27~' }],
  ['a date in a side clause is not counted from', '2017-01-18', 'Late last year, the army took the city, which had fallen back in 2012. By then, the groups were weak. Government forces later secured the evacuation.', 'later', { start: '2016-36~' }],
  ['“for two years” ends at the date before it in the sentence', '2019-11-04', 'They signed an agreement on Saturday, ending a dispute that had lasted for two years.', 'for two years', { start: '2017~', end: '2019-11-02' }],
];

describe('extractEvents() dates', () => {
  for (const [name, published, text, words, expected] of [...cases, ...anchoredCases]) {
    it(`extractEvents() resolves ${name}`, () => {
      const event = eventFor(published, text, words);
      assert.deepEqual(datesOf(event), expected);
      assert.isTrue(parseEventDates(event.start, event.end).ok, 'the dates are valid EDTF');
    });
  }

  it('extractEvents() flags every date that is not read off the words for review', () => {
    const { events, notes } = extractEvents('Late last year, the army took the city. Soon afterwards, aid agencies left.', { published: '2017-01-18' });
    assert.lengthOf(events, 2);
    for (const event of events) {
      assert.isTrue(event.needsReview);
      assert.isNotEmpty(event.reviewNote);
    }
    assert.deepEqual(notes.map((n) => n.confidence), ['medium', 'low']);
    assert.match(notes[1].check, /counted from “Late last year”/);
  });

  it('extractEvents() leaves a date read off the words unflagged', () => {
    const { events, notes } = extractEvents('Government forces retook the city on December 17, 2016.', { published: '2017-01-18' });
    assert.lengthOf(events, 1);
    assert.isFalse(events[0].needsReview);
    assert.notProperty(events[0], 'reviewNote');
    assert.equal(notes[0].confidence, 'high');
  });

  it('extractEvents() makes one event of a date repeated for the same event', () => {
    const { events } = extractEvents('On Monday, January 16, the army entered the town on Monday.', { published: '2017-01-18' });
    assert.lengthOf(events, 1);
    assert.equal(events[0].start, '2017-01-16');
  });

  it('extractEvents() makes two events of two dates in one sentence', () => {
    const text = 'Late last year, the army took the eastern sector of Aleppo, which had fallen to armed groups back in 2012.';
    const { events } = extractEvents(text, { published: '2017-01-18' });
    assert.deepEqual(events.map((e) => e.start), ['2016-36~', '2012']);
    assert.deepEqual(events.map((e) => e.source?.quote), [text, text]);
  });

  it('extractEvents() reports a day that does not exist and makes no event of it', () => {
    const { events, notes } = extractEvents('The truce began on February 30, 2016.', { published: '2017-01-18' });
    assert.lengthOf(events, 0);
    assert.lengthOf(notes, 1);
    assert.notProperty(notes[0], 'id');
    assert.match(notes[0].check, /30 February 2016 does not exist/);
  });

  it('extractEvents() never makes an exact day of “last week” or “soon afterwards”', () => {
    for (const published of ['2017-01-16', '2017-01-18', '2017-01-22', '2020-03-01', '2021-01-01']) {
      const text = 'Fighting resumed last week. Soon afterwards, aid agencies suspended deliveries. On Monday, troops moved in. Soon afterwards, residents fled.';
      for (const event of extractEvents(text, { published }).events) {
        const precise = /^\d{4}-\d{2}-\d{2}$/;
        assert.isFalse(event.end === undefined && precise.test(event.start) && event.dateLabel !== 'On Monday', `${event.dateLabel} → ${event.start} on ${published}`);
      }
    }
  });

  it('extractEvents() gives drafts that validate without a warning', () => {
    const text = 'Late last year, the army took the city. Government forces later secured the evacuation, the ministry said on Tuesday.';
    const { events } = extractEvents(text, { published: '2017-01-18', title: 'A report' });
    const checked = validateEvents({ events });
    assert.deepEqual(checked.issues, []);
    assert.lengthOf(checked.events, events.length);
    assert.equal(events[0].source?.title, 'A report');
    assert.equal(events[0].source?.published, '2017-01-18');
  });

  const bad: [string, unknown, unknown, RegExp][] = [
    ['no publication day', 'Text.', {}, /publication date is required/],
    ['a publication day in another format', 'Text.', { published: '18/01/2017' }, /must be a day written YYYY-MM-DD/],
    ['a publication day that does not exist', 'Text.', { published: '2017-02-29' }, /must be a day written YYYY-MM-DD.*2017-02-29/],
    ['a text that is not a string', 42, { published: '2017-01-18' }, /the text must be a string, but got number/],
    ['no options', 'Text.', undefined, /options are required/],
    ['another language', 'Texte.', { published: '2017-01-18', locale: 'fr' }, /only English/],
  ];
  for (const [name, text, options, message] of bad) {
    it(`extractEvents() throws a clear ExtractError for ${name}`, () => {
      assert.throws(() => extractEvents(text as string, options as { published: string }), ExtractError, message);
    });
  }
});
