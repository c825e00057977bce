import { expect } from '@open-wc/testing';
import { CSV_COLUMNS, parseEventsCsv } from '../src/data/csv.js';
import { describeJsonError, detectFormat, parseEventsText, readEventsText, type EventsFormat } from '../src/data/detect-format.js';
import type { ValidationIssue } from '../src/data/validate.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const text = async (name: string) => (await fetch(fixture(name))).text();
const messages = (issues: ValidationIssue[]) => issues.map((i) => i.message);

/** [name, CSV text, expected rows] */
const rowCases: [string, string, unknown[]][] = [
  ['reads the documented header', 'id,title,start,end,category\na,A,2016,2017,military', [{ id: 'a', title: 'A', start: '2016', end: '2017', category: 'military' }]],
  ['matches header names ignoring case, spaces, _ and -', ' TITLE , Start,date label,Source-Title\nA,2016,Late,Report', [{ title: 'A', start: '2016', dateLabel: 'Late', source: { title: 'Report' } }]],
  ['takes the columns in any order', 'start,title\n2016,A', [{ start: '2016', title: 'A' }]],
  ['trims cells and leaves empty cells out', 'title,start,place,summary\n  A  , 2016 ,,   ', [{ title: 'A', start: '2016' }]],
  ['splits actors on semicolons', 'title,start,actors\nA,2016, Russia ;Turkey;; Iran ', [{ title: 'A', start: '2016', actors: ['Russia', 'Turkey', 'Iran'] }]],
  ['leaves out actors with no names', 'title,start,actors\nA,2016, ; ', [{ title: 'A', start: '2016' }]],
  [
    'puts quote, speaker, url, source_title, publisher and published into source',
    'title,start,quote,speaker,url,source_title,publisher,published\nA,2016,Q,S,https://example.org/,T,P,2017-01-18',
    [{ title: 'A', start: '2016', source: { quote: 'Q', speaker: 'S', url: 'https://example.org/', title: 'T', publisher: 'P', published: '2017-01-18' } }],
  ],
  ['reads quoted cells with commas, quotes and line breaks', 'title,start,summary\n"A, B",2016,"He said ""no"".\nThen left."', [{ title: 'A, B', start: '2016', summary: 'He said "no".\nThen left.' }]],
  ['ignores a byte-order mark', '\uFEFFtitle,start\nA,2016', [{ title: 'A', start: '2016' }]],
  ['reads CRLF line ends', 'title,start\r\nA,2016\r\nB,2017\r\n', [{ title: 'A', start: '2016' }, { title: 'B', start: '2017' }]],
  ['drops blank lines at the end, keeping blank rows in between', 'title,start\nA,2016\n,\nB,2017\n,\n\n\n', [{ title: 'A', start: '2016' }, {}, { title: 'B', start: '2017' }]],
  ['keeps dates and ids as text', 'id,title,start\n007,A,2016', [{ id: '007', title: 'A', start: '2016' }]],
  [
    'puts field:tag columns into translations, by tag in its canonical form',
    'title,start,title:ar,Summary: FR-ca,date label:de,place:ar,actors:de\nTalks,2017,محادثات,Pourparlers.,Montag,أستانا,Russland; Iran',
    [{
      title: 'Talks', start: '2017',
      translations: { ar: { title: 'محادثات', place: 'أستانا' }, 'fr-CA': { summary: 'Pourparlers.' }, de: { dateLabel: 'Montag', actors: ['Russland', 'Iran'] } },
    }],
  ],
  ['leaves out a translation whose cells are all empty', 'title,start,title:ar\nA,2016,\nB,2017,ب', [{ title: 'A', start: '2016' }, { title: 'B', start: '2017', translations: { ar: { title: 'ب' } } }]],
  ['puts quote_lang into source as lang', 'title,start,quote,quote_lang\nA,2016,Q,en', [{ title: 'A', start: '2016', source: { quote: 'Q', lang: 'en' } }]],
];

/** [name, CSV text, expected rows, expected issues] */
const issueCases: [string, string, unknown[], Omit<ValidationIssue, 'id'>[]][] = [
  [
    'reports an empty file',
    ' \n',
    [],
    [{ index: -1, code: 'invalid-input', path: 'events', message: 'events: the CSV file is empty; its first line must be a header such as id,title,start', skipped: true }],
  ],
  [
    'reports a missing start column once, with no rows',
    'id,title,date\na,A,2016\nb,B,2017',
    [],
    [
      { index: -1, code: 'invalid-input', path: 'events', message: "events: the CSV has no 'start' column; the header must include title and start, so none of its 2 rows can be shown", skipped: true },
      { index: -1, code: 'unknown-column', path: 'header', message: "header: column C ('date') is not a known column, so it is ignored (did you mean 'start'?)", skipped: false },
    ],
  ],
  [
    'reports missing title and start columns together',
    'Name,When\nA,2016',
    [],
    [
      { index: -1, code: 'invalid-input', path: 'events', message: "events: the CSV has no 'title' or 'start' column; the header must include title and start, so its 1 row cannot be shown", skipped: true },
      { index: -1, code: 'unknown-column', path: 'header', message: "header: column A ('Name') is not a known column, so it is ignored (did you mean 'title'?)", skipped: false },
      { index: -1, code: 'unknown-column', path: 'header', message: "header: column B ('When') is not a known column, so it is ignored", skipped: false },
    ],
  ],
  [
    'warns about an unknown column, naming its letter',
    'title,start,Notes\nA,2016,x',
    [{ title: 'A', start: '2016' }],
    [{ index: -1, code: 'unknown-column', path: 'header', message: "header: column C ('Notes') is not a known column, so it is ignored", skipped: false }],
  ],
  [
    'warns about a repeated column, keeping the first',
    'title,start,Title\nA,2016,B',
    [{ title: 'A', start: '2016' }],
    [{ index: -1, code: 'repeated-column', path: 'header', message: "header: column C ('Title') repeats column A, so it is ignored", skipped: false }],
  ],
  [
    'warns about a column without a name only when it holds something',
    'title,start,,\nA,2016,,x',
    [{ title: 'A', start: '2016' }],
    [{ index: -1, code: 'unnamed-column', path: 'header', message: 'header: column D has no name, so its cells are ignored', skipped: false }],
  ],
  [
    'warns about a translation column whose tag is not a language tag',
    'title,start,title:xx_YY\nA,2016,B',
    [{ title: 'A', start: '2016' }],
    [{ index: -1, code: 'invalid-language', path: 'header', message: "header: column C ('title:xx_YY'): 'xx_YY' is not a language tag (BCP 47, such as 'ar' or 'fr-CA'), so it is ignored", skipped: false }],
  ],
  [
    'warns about a translated quote, which stays in its own language',
    'title,start,quote:fr\nA,2016,B',
    [{ title: 'A', start: '2016' }],
    [{ index: -1, code: 'unknown-column', path: 'header', message: "header: column C ('quote:fr') is not a known column, so it is ignored (a translation column is title, summary, dateLabel, place or actors, a colon and a language tag, such as title:ar; a quote is never translated)", skipped: false }],
  ],
  [
    'warns about a translation column that repeats another for the same language',
    'title,start,title:ar,Title:AR\nA,2016,أ,ب',
    [{ title: 'A', start: '2016', translations: { ar: { title: 'أ' } } }],
    [{ index: -1, code: 'repeated-column', path: 'header', message: "header: column D ('Title:AR') repeats column C, so it is ignored", skipped: false }],
  ],
  [
    'warns about cells beyond the header, by row',
    'title,start\nA,2016\nB,2017,x,y',
    [{ title: 'A', start: '2016' }, { title: 'B', start: '2017' }],
    [{ index: 1, code: 'extra-cells', path: 'events[1]', message: 'events[1]: the row has 2 cells more than the header has columns; they are ignored', skipped: false }],
  ],
];

describe('parseEventsCsv()', () => {
  it('parseEventsCsv() documents the header columns, the required ones first', () => {
    expect(CSV_COLUMNS.slice(0, 11).join(',')).to.equal('id,title,start,end,category,actors,place,summary,quote,speaker,url');
    expect(CSV_COLUMNS.slice(11)).to.deep.equal(['dateLabel', 'source_title', 'publisher', 'published', 'quote_lang']);
  });

  for (const [name, csv, rows] of rowCases) {
    it(`parseEventsCsv() ${name}`, () => {
      expect(parseEventsCsv(csv)).to.deep.equal({ rows, issues: [] });
    });
  }

  for (const [name, csv, rows, issues] of issueCases) {
    it(`parseEventsCsv() ${name}`, () => {
      expect(parseEventsCsv(csv)).to.deep.equal({ rows, issues });
    });
  }

  it('parseEventsCsv() gives translations to the validator, which keeps them with the event', () => {
    const { events, issues } = readEventsText('title,start,quote,quote_lang,title:ar,summary:fr\nA,2016,Q,EN,أ,Résumé', 'csv');
    expect(issues).to.deep.equal([]);
    expect(events[0].source).to.deep.equal({ quote: 'Q', lang: 'en' });
    expect(events[0].translations).to.deep.equal({ ar: { title: 'أ' }, fr: { summary: 'Résumé' } });
  });

  it('parseEventsCsv() keeps row i as data row i, so events[i] is spreadsheet row i + 2', () => {
    const { events, issues } = readEventsText('title,start\nA,2016\nB,2016-13\nC,2017', 'csv');
    expect(events.map((e) => e.title)).to.deep.equal(['A', 'C']);
    expect(messages(issues)).to.deep.equal(["events[1].start: '2016-13' is not a valid date (month 13)"]);
  });

  it('parseEventsCsv() reads csv-events.csv, as a spreadsheet program writes it', async () => {
    const { events, issues, total } = readEventsText(await text('csv-events.csv'), 'csv');
    expect(total).to.equal(3);
    expect(events).to.deep.equal([
      {
        id: 'talks',
        title: 'Astana talks',
        summary: 'Talks between the government and armed groups, brokered by Russia and Turkey.',
        start: '2017-01-23',
        dateLabel: 'Monday',
        category: 'diplomacy',
        actors: ['Russia', 'Turkey', 'Iran'],
        place: 'Astana',
        source: {
          quote: '"We will talk," he said.',
          speaker: 'A spokesman',
          title: 'Talks report',
          publisher: 'Example News',
          published: '2017-01-24',
          url: 'https://example.org/astana',
        },
      },
      {
        id: 'aleppo-retaken-2016-36',
        title: 'Aleppo retaken',
        summary: 'A summary\nover two lines',
        start: '2016-36~',
        dateLabel: 'Late last year',
        category: 'military',
        place: 'Aleppo',
      },
    ]);
    expect(issues).to.deep.equal([
      { index: -1, code: 'unknown-column', path: 'header', message: "header: column P ('Notes') is not a known column, so it is ignored", skipped: false },
      { index: 2, id: 'evacuation', code: 'invalid-date', path: 'events[2].end', message: "events[2].end: '2016-13' is not a valid date (month 13)", skipped: true },
      {
        index: 2,
        id: 'evacuation',
        code: 'unsafe-url',
        path: 'events[2].source.url',
        message: "events[2].source.url: 'javascript:alert(1)' is not a web or mail link, so it is not shown as a link",
        skipped: true,
      },
    ]);
  });

  it('parseEventsCsv() reads csv-no-start.csv as no events, saying which column is missing and why', async () => {
    const result = readEventsText(await text('csv-no-start.csv'), 'csv');
    expect(result.events).to.deep.equal([]);
    expect(messages(result.issues)).to.deep.equal([
      "events: the CSV has no 'start' column; the header must include title and start, so none of its 2 rows can be shown",
      "header: column C ('date') is not a known column, so it is ignored (did you mean 'start'?)",
    ]);
  });
});

const tjs = JSON.stringify({ events: [{ start_date: { year: 2016 }, text: { headline: 'A' } }] });

/** [name, options, expected format] */
const detectCases: [string, Parameters<typeof detectFormat>[0], EventsFormat][] = [
  ['an explicit format first', { format: 'CSV', contentType: 'application/json', text: '[]' }, 'csv'],
  ['an explicit json, even for a TimelineJS document', { format: 'json', text: tjs }, 'json'],
  ['an explicit timelinejs', { format: 'timelinejs', text: '{}' }, 'timelinejs'],
  ['the content type when the format is unknown', { format: 'xml', contentType: 'text/csv; charset=utf-8', text: '[]' }, 'csv'],
  ['a JSON content type', { contentType: 'application/json', url: 'x.csv', text: '[]' }, 'json'],
  ['a +json content type', { contentType: 'application/vnd.api+json', text: 'a,b' }, 'json'],
  ['a JSON content type holding TimelineJS', { contentType: 'application/json', text: tjs }, 'timelinejs'],
  ['the .csv extension, ignoring query and hash', { contentType: 'text/plain', url: '/data/events.csv?v=2#top', text: '[]' }, 'csv'],
  ['the .json extension, ignoring query and hash', { url: 'https://example.org/a.JSON#x.csv', text: 'title,start' }, 'json'],
  ['not the extension of a query', { url: '/events?file=x.csv', text: '[{"title":"A"}]' }, 'json'],
  ['a TimelineJS document from its content', { url: '/timeline.json', text: tjs }, 'timelinejs'],
  ['JSON from its first character', { text: ' \n [ ]' }, 'json'],
  ['JSON from its first character after a byte-order mark', { text: '\uFEFF{"events": []}' }, 'json'],
  ['CSV otherwise', { text: 'title,start\nA,2016' }, 'csv'],
  ['json for JSON that does not parse', { text: '{"events": [' }, 'json'],
  ['json with a null content type and format', { contentType: null, format: null, text: '[]' }, 'json'],
];

/** [name, JSON text, expected message] */
const jsonErrorCases: [string, string, string][] = [
  ['an empty file', '', 'events: the file is empty'],
  ['a file of spaces', '  \n ', 'events: the file is empty'],
  ['an unfinished list', '[\n  {"title": "A",\n    "start"', 'events: the file is not valid JSON: unexpected end of input at line 3, column 12'],
  ['a missing comma', '[\n  {"a": 1}\n  {"b": 2}\n]', "events: the file is not valid JSON: expected ',' or ']' after an item of a list at line 3, column 3"],
  ['a trailing comma', '{"a": 1,\n}', "events: the file is not valid JSON: a comma before '}' (remove the last comma) at line 2, column 1"],
  ['single quotes', "[{'title': 'A'}]", "events: the file is not valid JSON: names must be in double quotes (\"), not single quotes (') at line 1, column 3"],
  ['an unquoted name', '{title: 1}', 'events: the file is not valid JSON: expected a name in double quotes at line 1, column 2'],
  ['a missing colon', '{"title" 1}', "events: the file is not valid JSON: expected ':' after a name at line 1, column 10"],
  ['a line break in a text', '["a\nb"]', 'events: the file is not valid JSON: a line break or control character inside a text in double quotes (write \\n) at line 1, column 4'],
  ['an unclosed text', '["abc', 'events: the file is not valid JSON: a text in double quotes is not closed at line 1, column 2'],
  ['a bad escape', '["a\\x"]', "events: the file is not valid JSON: unknown escape '\\x' at line 1, column 4"],
  ['a bad number', '[01]', "events: the file is not valid JSON: expected ',' or ']' after an item of a list at line 1, column 3"],
  ['a bare word', '[undefined]', "events: the file is not valid JSON: unexpected character 'u' at line 1, column 2"],
  ['text after the data', '[]\n[]', 'events: the file is not valid JSON: unexpected text after the end of the data at line 2, column 1'],
  ['HTML instead of JSON', '<!doctype html><title>404</title>', "events: the file is not valid JSON: unexpected character '<' at line 1, column 1"],
];

describe('detectFormat()', () => {
  for (const [name, options, format] of detectCases) {
    it(`detectFormat() takes ${name}`, () => {
      expect(detectFormat(options)).to.equal(format);
    });
  }
});

describe('parseEventsText()', () => {
  for (const [name, json, message] of jsonErrorCases) {
    it(`parseEventsText() says where JSON breaks: ${name}`, () => {
      expect(parseEventsText(json, 'json')).to.deep.equal({
        rows: [],
        issues: [{ index: -1, code: 'invalid-input', path: 'events', message, skipped: true }],
      });
    });
  }

  it('parseEventsText() returns parsed JSON as rows, with the title of an object', () => {
    expect(parseEventsText('\uFEFF{"title": "Mine", "events": [1]}', 'json')).to.deep.equal({
      rows: { title: 'Mine', events: [1] },
      issues: [],
      title: 'Mine',
    });
  });

  it('parseEventsText() reads CSV and TimelineJS with their own readers', () => {
    expect(parseEventsText('title,start\nA,2016', 'csv').rows).to.deep.equal([{ title: 'A', start: '2016' }]);
    expect(parseEventsText(tjs, 'timelinejs').rows).to.deep.equal([{ title: 'A', start: '2016' }]);
  });

  it('parseEventsText() reports invalid JSON given as TimelineJS the same way', () => {
    expect(messages(parseEventsText('{', 'timelinejs').issues)).to.deep.equal([
      'events: the file is not valid JSON: unexpected end of input at line 1, column 2',
    ]);
  });
});

/** [engine, its message, what we make of it] for faults our own scan does not find (text '[\n  1]'). */
const engineMessageCases: [string, string, string][] = [
  ['Firefox', 'JSON.parse: unexpected end of data at line 2 column 3 of the JSON data', 'unexpected end of data at line 2, column 3'],
  ['V8 with a line and column', "Expected property name or '}' in JSON at position 4 (line 2 column 3)", "expected property name or '}' at line 2, column 3"],
  ['V8 with a position only', 'Unexpected token in JSON at position 4', 'unexpected token at line 2, column 3'],
  ['JavaScriptCore, without a position', 'JSON Parse error: Unexpected EOF', 'unexpected EOF'],
  ['an engine that quotes the input', 'Unexpected token \'\u202e\', "\n" is not valid JSON', "unexpected token '\\u202E', \"\\n\" is not valid JSON"],
  ['an empty message', '', 'the parser gave no reason'],
];

describe('describeJsonError()', () => {
  for (const [engine, message, expected] of engineMessageCases) {
    it(`describeJsonError() reads the message of ${engine}`, () => {
      expect(describeJsonError('[\n  1]', new SyntaxError(message))).to.equal(expected);
    });
  }
});

describe('readEventsText()', () => {
  it('readEventsText() validates the rows, merging reading and validation issues in input order', () => {
    const result = readEventsText('title,start,extra\nA,2016,x\n,2017\nC,2018,,z', 'csv');
    expect(result.events.map((e) => e.title)).to.deep.equal(['A', 'C']);
    expect(result.total).to.equal(3);
    expect(result.issues.map((i) => [i.index, i.skipped])).to.deep.equal([
      [-1, false],
      [1, true],
      [2, false],
    ]);
  });

  it('readEventsText() marks a reading warning skipped when its event is left out', () => {
    const result = readEventsText('title,start\n,2017,x', 'csv');
    expect(result.issues.map((i) => [i.path, i.skipped])).to.deep.equal([
      ['events[0]', true],
      ['events[0].title', true],
    ]);
  });

  it('readEventsText() reports only the reading problem when nothing could be read', () => {
    expect(readEventsText('[1,', 'json')).to.deep.equal({
      events: [],
      total: 0,
      issues: [
        {
          index: -1,
          code: 'invalid-input',
          path: 'events',
          message: 'events: the file is not valid JSON: unexpected end of input at line 1, column 4',
          skipped: true,
        },
      ],
    });
  });

  it('readEventsText() reports JSON of the wrong shape', () => {
    expect(messages(readEventsText('{"items": []}', 'json').issues)).to.deep.equal([
      "events: expected a list of events (a JSON array), or an object with an 'events' list, but got an object without 'events'",
    ]);
  });

  it('readEventsText() resolves relative links against the baseUrl option', () => {
    const result = readEventsText('title,start,url\nA,2016,a.html', 'csv', { baseUrl: 'https://example.org/x/events.csv' });
    expect(result.events[0].source).to.deep.equal({ url: 'https://example.org/x/a.html' });
  });
});
