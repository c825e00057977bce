import { assert } from '@open-wc/testing';
import { datesOf, eventFor, type Expected } from './extract-harness.js';
import { extractEvents } from '../src/extract/index.js';


/**
 * [name, publication day, text, the date words, expected date]. Weekdays of the publication days used: 2023-11-16
 * Thursday, 2025-02-12 Wednesday, 2024-03-11 Monday, 2024-03-14 Thursday.
 */
const dateCases: [string, string, string, string, Expected][] = [
  // a month without a year in reported future speech is the next such month
  ['“would begin in March” is the next March', '2023-11-16', 'She added that work on the new walls would begin in March.', 'in March', { start: '2024-03' }],
  ['“should open in May” is the next May', '2023-11-16', 'Officials said the bridge should open in May.', 'in May', { start: '2024-05' }],
  ['“said the talks failed in March” stays in the past', '2023-11-16', 'She added that the talks failed in March.', 'in March', { start: '2023-03' }],
  // relative words count from the nearest date before them, whatever its tense
  ['“Soon afterwards” after a meeting to come is about that meeting', '2023-11-16',
    'The report was published in 2009. The council will hold a meeting next Tuesday. Soon afterwards, engineers are expected to inspect the bridges.', 'Soon afterwards', { start: '2023-11-21~' }],
  ['“later” after a date to come counts from it', '2025-02-12',
    'Talks broke down on Friday. A mediator is due to meet both sides later this month. Soon afterwards, the union will hold a vote.', 'Soon afterwards', { start: '2025-02~' }],
  ['“then” before a past verb counts from the date before it', '2025-02-12', 'The last strike was in 2019. Workers then accepted a deal.', 'then', { start: '2019~' }],
  // a sentence that opens with “Earlier”
  ['“Earlier” after a sentence about the future is about the publication day', '2023-11-16',
    'The flood came back in 2009. The council will meet next Tuesday. Earlier, the weather service said more rain was likely.', 'Earlier', { start: '2023-11-16~' }],
  ['“Earlier” after a past day of the same story is about that day', '2023-11-16', 'Troops entered the town on Monday. Earlier, aid agencies left.', 'Earlier', { start: '2023-11-13~' }],
  ['“Earlier” after a date years away is about the publication day', '2023-11-16', 'The town flooded back in 2009. Earlier, aid agencies left.', 'Earlier', { start: '2023-11-16~' }],
  ['“was likely over the weekend” is the coming weekend', '2023-11-16', 'Earlier, the national weather service said more rain was likely over the weekend.', 'over the weekend', { start: '2023-11-18', end: '2023-11-19' }],
  // a length of time to come
  ['“would last for two weeks” runs on from the publication day', '2025-02-12', 'The union said the strike would last for two weeks.', 'for two weeks', { start: '2025-02-12~', end: '2025-02-26~' }],
  // a deadline of an order is to come
  ['“lasted for nine days” inside “in 2019” is that year', '2025-02-12', 'The last strike at the port, in 2019, lasted for nine days.', 'in 2019', { start: '2019' }],
  ['“ordered … reopened by April 15” is the next April 15', '2024-03-11', 'The court ordered the branches reopened by April 15.', 'by April 15', { start: '2024-04-15' }],
  // a day without a year in a future clause, past a number with a comma, is the next such day; "from" opens it
  ['“will apply … 7,500 kilograms from June 1” starts on the next June 1', '2024-03-14',
    'The limit will apply to lorries heavier than 7,500 kilograms from June 1.', 'from June 1', { start: '2024-06-01', end: '..' }],
  // a deadline to come runs from the publication day
  ['“is expected to … within 90 days” runs from the publication day to the deadline', '2024-03-14',
    'The agency is expected to publish its findings within 90 days.', 'within 90 days', { start: '2024-03-14', end: '2024-06-12~' }],
  // "earlier this year" is vague: never an exact quarter
  ['“Earlier this year” is the part of the year before publication, approximate', '2024-03-14',
    'Earlier this year, the ministry blocked a similar measure.', 'Earlier this year', { start: '2024-33~' }],
];

/** [name, publication day, text, a piece of the sentence, expected date of its statement without date words]. */
const statementCases: [string, string, string, string, Expected][] = [
  ['a surname alone takes the day its full name was last reported speaking', '2023-11-16',
    'Environment Minister Petra Halvorsen said on Thursday that the walls would be rebuilt. Rescue teams evacuated residents on Saturday, and most returned on Monday. "We will not let this happen again," Halvorsen told reporters.',
    'Halvorsen told reporters', { start: '2023-11-16~' }],
  ['“she” after a surname takes the day of its full name', '2023-11-16',
    'Minister Petra Halvorsen said on Thursday that the walls would be rebuilt. Most residents returned on Monday. Halvorsen told reporters the town was safe. She added that work would begin soon.',
    'She added', { start: '2023-11-16~' }],
  ['a statement in the present perfect is about the publication day, not the date before it', '2025-02-12',
    'Talks broke down on Friday. About 300 ships have been delayed, according to the port authority.', '300 ships', { start: '2025-02-12~' }],
  ['a statement takes the recent date of the news before it, not a background year', '2024-03-14',
    'Councillors voted on Tuesday to close the market, ending a dispute that began in 2018. Mayor Anna Ross called the vote "a fair outcome."',
    'Anna Ross called', { start: '2024-03-12~' }],
];

/** [name, text, a piece of the sentence, expected speaker, expected title]; published 2024-03-14. */
const speakerCases: [string, string, string, string, string][] = [
  ['“called” with a quotation', 'Mayor Lucia Ferrante called the vote "a turning point for the people who live here."', 'called', 'Lucia Ferrante', 'Ferrante calls the vote a turning point for the people'],
  ['“described … as” with a quotation', 'Union leader Pavel Horak described the offer as “an insult to every driver.”', 'described', 'Pavel Horak', 'Horak describes the offer as an insult to every driver'],
  ['“praised” with a quotation', 'Governor Ines Marlo praised the rescue teams for their “tireless work.”', 'praised', 'Ines Marlo', 'Marlo praises the rescue teams for their tireless work'],
];

/** [name, publication day, text, the date words or `''`, expected title]. */
const titleCases: [string, string, string, string, string][] = [
  ['a second clause with its own subject keeps it', '2023-11-16', 'Rescue teams evacuated about 2,000 residents on Saturday, and most were allowed to return on Monday.', 'on Monday', 'Most were allowed to return'],
  ['a second clause without a subject takes that of the clause before it', '2023-11-16',
    'She added that work on the new walls would begin in March and should be finished by the end of next year.', 'by the end of next year', 'Work on the new walls should be finished'],
  ['“it” is the subject of the clause before it', '2024-03-11', 'The court ruled on Friday that the city council had acted unlawfully when it closed four branches last month.', 'last month', 'City council closed four branches'],
  ['“it” opening a sentence is the subject of the sentence before', '2024-03-11', 'Earlier this year, the council cut the opening hours of the pools. It reversed that decision in late January.', 'in late January', 'Council reversed decision'],
  ['“and” after a comma shares the subject of the main clause', '2024-03-11', 'The court ruled on Friday that the council had acted unlawfully, and ordered the branches reopened by April 15.', 'by April 15', 'Court ordered the branches reopened'],
  ['“and that” opens a reported clause with its own subject', '2024-03-14',
    'Ferrante said a new terminal would open in 2026, and that talks with operators would resume next week.', 'next week', 'Talks with operators would resume'],
  ['a clause opening with “to” takes the main clause’s subject', '2024-03-14',
    'Councillors in Marenza voted on Tuesday to ban large cruise ships from the city’s harbour from next summer.', 'next summer', 'Councillors in Marenza ban large cruise ships'],
  ['a subject is not cut inside its noun phrase', '2024-03-14',
    'Ferrante said a new terminal outside the old harbour would open in 2026.', 'in 2026', 'New terminal outside the old harbour would open'],
];

describe('extractEvents() rules found on unseen reports', () => {
  for (const [name, published, text, words, expected] of dateCases) {
    it(`extractEvents() resolves ${name}`, () => {
      const event = eventFor(published, text, words);
      assert.deepEqual(datesOf(event), expected);
    });
  }

  for (const [name, published, text, piece, expected] of statementCases) {
    it(`extractEvents() dates ${name}`, () => {
      const { events } = extractEvents(text, { published });
      const event = events.find((e) => e.source!.quote!.includes(piece) && e.dateLabel === undefined);
      assert.exists(event, `no undated event for “${piece}”`);
      assert.deepEqual(datesOf(event!), expected);
    });
  }

  for (const [name, text, piece, speaker, title] of speakerCases) {
    it(`extractEvents() takes a named subject’s sentence with a quotation as a statement: ${name}`, () => {
      const { events } = extractEvents(text, { published: '2024-03-14' });
      const event = events.find((e) => e.source!.quote!.includes(piece));
      assert.exists(event, `no event for “${piece}”`);
      assert.deepEqual([event!.source!.speaker, event!.title, event!.category], [speaker, title, 'statement']);
    });
  }

  it('extractEvents() takes no speaker from “called” without a quotation', () => {
    const { events } = extractEvents('Mayor Lucia Ferrante called a meeting of the council on Tuesday.', { published: '2024-03-14' });
    assert.lengthOf(events, 1);
    assert.equal(events[0].source!.speaker, 'The article (unattributed narration)');
  });

  for (const [name, published, text, words, expected] of titleCases) {
    it(`extractEvents() titles ${name}`, () => {
      assert.equal(eventFor(published, text, words).title, expected);
    });
  }

  it('extractEvents() takes “According to X,” at the start of a sentence as the speaker, by the full name met before', () => {
    const text = 'Mayor Jonas Berg said the town had asked for new defences for years. According to Berg, insurers paid out 12 million euros after the 2009 flood.';
    const { events } = extractEvents(text, { published: '2023-11-16' });
    const flood = events.find((e) => e.dateLabel === 'the 2009');
    assert.exists(flood);
    assert.equal(flood!.source?.speaker, 'Jonas Berg');
    assert.equal(flood!.title, 'Insurers paid out 12 million euros');
  });

  it('extractEvents() makes one event of a length of time inside the date before it', () => {
    const { events } = extractEvents('The last strike at the port, in 2019, lasted for nine days.', { published: '2025-02-12' });
    assert.deepEqual(events.map((e) => [e.start, e.end]), [['2019', undefined]]);
  });

  it('extractEvents() reads the words after “said on Tuesday” as reported', () => {
    const { events } = extractEvents('Two shipping lines said on Tuesday they would divert vessels to Kalmo.', { published: '2025-02-12' });
    assert.lengthOf(events, 1);
    assert.equal(events[0].start, '2025-02-11');
    assert.equal(events[0].title, 'Two shipping lines say they would divert vessels to Kalmo');
  });

  it('extractEvents() never opens a title with a pronoun it cannot name', () => {
    const { events } = extractEvents('It reversed the decision in late January.', { published: '2024-03-11' });
    assert.lengthOf(events, 1);
    assert.equal(events[0].title, 'Reversed the decision');
    assert.match(events[0].reviewNote ?? '', /subject is “It”: name it/);
  });
});
