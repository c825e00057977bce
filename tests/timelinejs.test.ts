import { expect, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import { eventNodes, mount, root, settle } from './harness.js';
import { detectFormat, readEventsText } from '../src/data/detect-format.js';
import { htmlToPlainText } from '../src/data/plain-text.js';
import { ERA_CATEGORY, fromTimelineJS, isTimelineJS } from '../src/data/timelinejs.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const WJ = '\u2060';

/** [name, HTML, plain text] */
const plainCases: [string, string, string][] = [
  ['keeps plain text', 'Peace talks', 'Peace talks'],
  ['drops inline tags', 'A <b>bold</b> <i>move</i>', 'A bold move'],
  ['joins words split by inline tags', 'bo<b>ld</b>', 'bold'],
  ['turns paragraphs into lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
  ['turns <br> into a line break', 'One<br>Two<br/>Three<BR />Four', 'One\nTwo\nThree\nFour'],
  ['turns list items and divs into lines', '<ul><li>a</li><li>b</li></ul><div>c</div>', 'a\nb\nc'],
  ['separates table cells', '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>', 'a b\nc'],
  ['collapses whitespace, source line breaks included', '  a \n\t b  <p>  </p>\n\n<p> c </p> ', 'a b\nc'],
  ['decodes the common entities', '&amp; &lt; &gt; &quot; &#39; &apos;', '& < > " \' \''],
  ['turns &nbsp; into a space', 'a&nbsp;&nbsp;b', 'a b'],
  ['decodes typographic entities', '&ldquo;Hi&rdquo; &mdash; &hellip;', '“Hi” — …'],
  ['decodes decimal and hex references', '&#65;&#x42;&#X43; &#x1F600;', 'ABC 😀'],
  ['decodes once', '&amp;amp; &amp;lt;', '&amp; &lt;'],
  ['keeps unknown and unterminated entities', '&foo; &amp &#xZZ; & b', '&foo; &amp &#xZZ; & b'],
  ['replaces invalid code points', '&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
  ['drops control characters, even from references', 'a&#7;b\u0000c', 'a b c'],
  ['keeps a < that starts no tag', 'a < b, 3<4, <3', 'a < b, 3<4, <3'],
  ['keeps a > on its own', 'a > b', 'a > b'],
  ['drops an image with a handler', '<img src=x onerror=alert(1)>', ''],
  ['drops a script and its content', 'a<script>alert("<b>")</script>b', 'ab'],
  ['drops a style and its content', '<style>p { color: red }</style>Text', 'Text'],
  ['drops a script whose end tag has odd case and spaces', '<SCRIPT>x</ScRiPt >after', 'after'],
  ['drops everything after an unclosed script', 'a<script>alert(1)', 'a'],
  ['reads a split script tag as a browser does', '<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
  ['drops svg onload', '<svg onload=alert(1)><circle/></svg>Hi', 'Hi'],
  ['keeps a > inside a quoted attribute inside the tag', '<a title="x > y" href=\'a>b\'>link</a>', 'link'],
  ['drops an unclosed tag and what follows', 'before <a href="x', 'before'],
  ['drops an unclosed tag at the end', 'text <b', 'text'],
  ['drops comments', 'a<!-- <b>hidden</b> -->b', 'ab'],
  ['drops an unclosed comment and what follows', 'a<!-- b', 'a'],
  ['drops CDATA sections whole', 'a<![CDATA[<b>x</b>]]>b<![CDATA[ unclosed', 'ab'],
  ['drops doctype and processing instructions', '<!DOCTYPE html><?xml version="1.0"?>x', 'x'],
  ['drops an iframe with its content', '<iframe src="javascript:alert(1)">fallback</iframe>ok', 'ok'],
  ['drops a textarea and a title with their content', '<title>T</title><textarea></textarea>body', 'body'],
  ['defuses an encoded tag so it cannot become one', '&lt;script&gt;alert(1)&lt;/script&gt;', `<${WJ}script>alert(1)<${WJ}/script>`],
  ['defuses a < that a dropped tag brings next to a letter', '<<b>x', `<${WJ}x`],
  ['defuses encoded comments and declarations', '&lt;!-- &lt;?x', `<${WJ}!-- <${WJ}?x`],
  ['reads template-injection strings as text', '{{constructor.constructor("alert(1)")()}} ${alert(1)}', '{{constructor.constructor("alert(1)")()}} ${alert(1)}'],
  ['returns nothing for nothing', '', ''],
];

/** [name, slide, expected row] */
const slideCases: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['a year', { start_date: { year: 2012 }, text: { headline: 'A' } }, { title: 'A', start: '2012' }],
  ['a month', { start_date: { year: 2012, month: 3 }, text: { headline: 'A' } }, { title: 'A', start: '2012-03' }],
  ['a day', { start_date: { year: 2012, month: 3, day: 5 }, text: { headline: 'A' } }, { title: 'A', start: '2012-03-05' }],
  ['numeric strings', { start_date: { year: ' 2012', month: '3', day: '05' }, text: { headline: 'A' } }, { title: 'A', start: '2012-03-05' }],
  ['a negative year, as history counts it (-500 is 500 BCE, EDTF -0499)', { start_date: { year: -500 }, text: { headline: 'A' } }, { title: 'A', start: '-0499' }],
  ['300 BCE', { start_date: { year: -300 }, text: { headline: 'A' } }, { title: 'A', start: '-0299' }],
  ['1 BCE', { start_date: { year: -1 }, text: { headline: 'A' } }, { title: 'A', start: '0000' }],
  ['a negative year as text', { start_date: { year: '-44', month: 3, day: 15 }, text: { headline: 'A' } }, { title: 'A', start: '-0043-03-15' }],
  ['a year of five digits, with Y', { start_date: { year: 12000 }, text: { headline: 'A' } }, { title: 'A', start: 'Y12000' }],
  ['a long year BCE, with Y, alone', { start_date: { year: -20000, month: 3 }, text: { headline: 'A' } }, { title: 'A', start: 'Y-19999' }],
  ['a year beyond any date, passed on', { start_date: { year: -13800000000 }, text: { headline: 'A' } }, { title: 'A', start: 'Y-13799999999' }],
  ['year 0', { start_date: { year: 0 }, text: { headline: 'A' } }, { title: 'A', start: '0000' }],
  ['an early year', { start_date: { year: 33 }, text: { headline: 'A' } }, { title: 'A', start: '0033' }],
  ['hours, ignored', { start_date: { year: 2017, month: 1, day: 23, hour: 10, minute: 30 }, text: { headline: 'A' } }, { title: 'A', start: '2017-01-23' }],
  ['an end date', { start_date: { year: 2012 }, end_date: { year: 2016, month: 12, day: 22 }, text: { headline: 'A' } }, { title: 'A', start: '2012', end: '2016-12-22' }],
  ['an empty end date, as no end', { start_date: { year: 2012 }, end_date: {}, text: { headline: 'A' } }, { title: 'A', start: '2012' }],
  [
    'an end date of empty parts, as no end',
    { start_date: { year: 2012 }, end_date: { year: '', month: '', day: '', hour: '', display_date: '' }, text: { headline: 'A' } },
    { title: 'A', start: '2012' },
  ],
  ['an end year, as the end of the year before (TimelineJS ends at its first instant)', { start_date: { year: 600 }, end_date: { year: 650 }, text: { headline: 'A' } }, { title: 'A', start: '0600', end: '0649' }],
  ['an end year BCE, likewise', { start_date: { year: -500 }, end_date: { year: -300 }, text: { headline: 'A' } }, { title: 'A', start: '-0499', end: '-0300' }],
  ['an end in the start year, as it is', { start_date: { year: 2016, month: 3 }, end_date: { year: 2016 }, text: { headline: 'A' } }, { title: 'A', start: '2016-03', end: '2016' }],
  ['an end month, as it is', { start_date: { year: 2016 }, end_date: { year: 2017, month: 2 }, text: { headline: 'A' } }, { title: 'A', start: '2016', end: '2017-02' }],
  ['an empty unique id, as no id', { start_date: { year: 2012 }, text: { headline: 'A' }, unique_id: '' }, { title: 'A', start: '2012' }],
  ['month 13, passed on', { start_date: { year: 2016, month: 13 }, text: { headline: 'A' } }, { title: 'A', start: '2016-13' }],
  ['a month name, passed on', { start_date: { year: 2016, month: 'March' }, text: { headline: 'A' } }, { title: 'A', start: '2016-March' }],
  ['no start date', { text: { headline: 'A' } }, { title: 'A' }],
  ['a start date without a year', { start_date: { month: 3 }, text: { headline: 'A' } }, { title: 'A', start: '' }],
  ['HTML in headline and text', { start_date: { year: 2012 }, text: { headline: '<b>A</b> &amp; B', text: '<p>One</p><p>Two</p>' } }, { title: 'A & B', summary: 'One\nTwo', start: '2012' }],
  ['group, display date and unique id', { start_date: { year: 2012 }, text: { headline: 'A' }, group: 'War', display_date: 'Spring&nbsp;2012', unique_id: 'a1' }, { id: 'a1', title: 'A', start: '2012', dateLabel: 'Spring 2012', category: 'War' }],
  ['the date display date, without a slide one', { start_date: { year: 2012, display_date: 'About 2012' }, text: { headline: 'A' } }, { title: 'A', start: '2012', dateLabel: 'About 2012' }],
  [
    'media as the source',
    { start_date: { year: 2012 }, text: { headline: 'A' }, media: { url: 'https://example.org/p.jpg', caption: '<i>Cap</i>', credit: '<a href="https://x.org">AP</a>' } },
    { title: 'A', start: '2012', source: { url: 'https://example.org/p.jpg', title: 'Cap', publisher: 'AP' } },
  ],
  ['a relative media link, kept for the address of the document', { start_date: { year: 2012 }, text: { headline: 'A' }, media: { url: 'img/a.jpg' } }, { title: 'A', start: '2012', source: { url: 'img/a.jpg' } }],
  ['a protocol-relative media link, kept', { start_date: { year: 2012 }, text: { headline: 'A' }, media: { url: '//cdn.example.org/a.jpg' } }, { title: 'A', start: '2012', source: { url: '//cdn.example.org/a.jpg' } }],
  ['embed code as media, left out', { start_date: { year: 2012 }, text: { headline: 'A' }, media: { url: '<iframe src="https://x.org"></iframe>' } }, { title: 'A', start: '2012' }],
  ['no headline: the caption as title', { start_date: { year: 2012 }, media: { caption: 'Cap' } }, { title: 'Cap', start: '2012', source: { title: 'Cap' } }],
  [
    'no headline and no caption: the start of the text as title',
    { start_date: { year: 2012 }, text: { text: `<p>${'word '.repeat(30)}</p><p>More</p>` } },
    { title: `${'word '.repeat(16).trim()}…`, summary: `${'word '.repeat(30).trim()}\nMore`, start: '2012' },
  ],
  ['a headline that is not a text, passed on', { start_date: { year: 2012 }, text: { headline: 7 } }, { title: 7, start: '2012' }],
];

describe('htmlToPlainText()', () => {
  for (const [name, html, text] of plainCases) {
    it(`htmlToPlainText() ${name}`, () => {
      expect(htmlToPlainText(html)).to.equal(text);
    });
  }

  it('htmlToPlainText() returns an empty text for a value that is not a text', () => {
    expect(htmlToPlainText(null as unknown as string)).to.equal('');
  });

  it('htmlToPlainText() reads a long document whole (a quadratic reading would not end within the test timeout)', () => {
    const html = '<p>a &amp; <b>b</b></p>'.repeat(50_000);
    const lines = htmlToPlainText(html).split('\n');
    expect(lines).to.have.length(50_000);
    expect(lines.every((line) => line === 'a & b')).to.be.true;
  });
});

describe('isTimelineJS()', () => {
  const cases: [string, unknown, boolean][] = [
    ['a TimelineJS document', { events: [{ start_date: { year: 2012 } }] }, true],
    ['a TimelineJS document with a title and eras', { title: { text: {} }, events: [{ start_date: {} }], eras: [] }, true],
    ['our own format', { events: [{ title: 'A', start: '2012' }] }, false],
    ['no events', { events: [] }, false],
    ['a list', [{ start_date: {} }], false],
    ['null', null, false],
    ['a first event that is null', { events: [null, { start_date: {} }] }, false],
  ];
  for (const [name, doc, expected] of cases) {
    it(`isTimelineJS() says ${expected} for ${name}`, () => {
      expect(isTimelineJS(doc)).to.equal(expected);
    });
  }
});

describe('fromTimelineJS()', () => {
  for (const [name, slide, row] of slideCases) {
    it(`fromTimelineJS() maps ${name}`, () => {
      expect(fromTimelineJS({ events: [slide] })).to.deep.equal({ rows: [row], issues: [] });
    });
  }

  /** [name, slide, row, code, message]. */
  const warningCases: [string, Record<string, unknown>, Record<string, unknown>, string, string][] = [
    [
      'a javascript: media url',
      { start_date: { year: 2012 }, text: { headline: 'A' }, media: { url: 'javascript:alert(1)' } },
      { title: 'A', start: '2012' },
      'unsafe-url',
      "events[0].media.url: 'javascript:alert(1)' is not a web link (http or https), so it is not kept",
    ],
    [
      'a mailto: media url',
      { start_date: { year: 2012 }, text: { headline: 'A' }, media: { url: 'mailto:a@example.org' } },
      { title: 'A', start: '2012' },
      'unsafe-url',
      "events[0].media.url: 'mailto:a@example.org' is not a web link (http or https), so it is not kept",
    ],
    [
      'a day without a month',
      { start_date: { year: 2012, day: 5 }, text: { headline: 'A' } },
      { title: 'A', start: '2012' },
      'day-without-month',
      'events[0].start_date.day: a day without a month is ignored, so the date is the whole year',
    ],
    [
      'a year that is not a number',
      { start_date: { year: { value: 2012 } }, text: { headline: 'A' } },
      { title: 'A', start: '' },
      'wrong-type',
      'events[0].start_date.year: expected a number, but got an object, so the date cannot be read',
    ],
  ];
  for (const [name, slide, row, code, message] of warningCases) {
    it(`fromTimelineJS() warns about ${name}`, () => {
      const issue = { index: 0, code, path: message.split(': ')[0], message, skipped: false };
      expect(fromTimelineJS({ events: [slide] })).to.deep.equal({ rows: [row], issues: [issue] });
    });
  }

  it('fromTimelineJS() makes eras spans in the era category, after the slides', () => {
    const { rows } = fromTimelineJS({
      events: [{ start_date: { year: 2012 }, text: { headline: 'A' } }],
      eras: [{ start_date: { year: 2011 }, end_date: { year: 2017 }, text: { headline: 'War' }, group: 'x' }, null],
    });
    expect(rows).to.deep.equal([
      { title: 'A', start: '2012' },
      { title: 'War', start: '2011', end: '2016', category: ERA_CATEGORY },
      null,
    ]);
  });

  it('fromTimelineJS() returns the title slide’s headline as plain text', () => {
    const result = fromTimelineJS({ title: { text: { headline: 'My <b>story</b>' } }, events: [] });
    expect(result).to.deep.equal({ rows: [], issues: [], title: 'My story' });
  });

  it('fromTimelineJS() passes on slides that are not objects, for the validator to report', () => {
    expect(fromTimelineJS({ events: [null, 3] }).rows).to.deep.equal([null, 3]);
  });

  for (const [name, doc, got] of [
    ['null', null, 'null'],
    ['a list', [], 'a list'],
    ['an object without events', { slides: [] }, "an object without an 'events' list"],
  ] as const) {
    it(`fromTimelineJS() reports ${name} as not a TimelineJS document`, () => {
      expect(fromTimelineJS(doc)).to.deep.equal({
        rows: [],
        issues: [
          {
            index: -1,
            code: 'invalid-input',
            path: 'events',
            message: `events: expected a TimelineJS document (an object with an 'events' list of slides), but got ${got}`,
            skipped: true,
          },
        ],
      });
    });
  }

  it('fromTimelineJS() reads tjs-example.json into events, reporting the one with month 13', async () => {
    const text = await (await fetch(fixture('tjs-example.json'))).text();
    const result = readEventsText(text, 'timelinejs');
    expect(result.title).to.equal('Syria in brief');
    expect(result.total).to.equal(5);
    expect(result.events).to.deep.equal([
      {
        id: 'protests',
        title: 'Protests & arrests',
        summary: 'Protests begin in Daraa.\nArrests follow.',
        start: '2011-03-15',
        category: 'Uprising',
        source: { url: 'https://example.org/photo.jpg', title: 'Daraa, March 2011', publisher: 'Example Agency' },
      },
      {
        id: 'battle-of-aleppo-2012-07',
        title: 'Battle of Aleppo',
        summary: 'Four years of fighting.',
        start: '2012-07',
        end: '2016-12-22',
        dateLabel: '2012–2016',
        category: 'other',
      },
      {
        id: 'talks-open-in-astana-with-russia-and-turkey-as-guarantors-of-2017-01-23',
        title: 'Talks open in Astana, with Russia and Turkey as guarantors of a truce.',
        summary: 'Talks open in Astana, with Russia and Turkey as guarantors of a truce.',
        start: '2017-01-23',
        category: 'other',
      },
      { id: 'the-war-2011-03', title: 'The war', start: '2011-03', end: '2017-01', category: 'era' },
    ]);
    expect(result.issues).to.deep.equal([
      {
        index: 1,
        id: 'battle-of-aleppo-2012-07',
        code: 'unsafe-url',
        path: 'events[1].media.url',
        message: "events[1].media.url: 'javascript:alert(1)' is not a web link (http or https), so it is not kept",
        skipped: false,
      },
      { index: 2, code: 'invalid-date', path: 'events[2].start', message: "events[2].start: '2016-13' is not a valid date (month 13)", skipped: true },
    ]);
  });
});

describe('TimelineJS 2 documents', () => {
  const doc = {
    timeline: {
      headline: 'Cities of the <i>ancient</i> Levant',
      date: [
        { startDate: '-3500', headline: 'Walls', tag: 'Settlement', asset: { media: 'img/walls.jpg', credit: 'Survey', caption: 'A wall' } },
        { startDate: '2012,1,26', endDate: '2012,1,27', headline: 'Two days', text: '<p>One <b>two</b></p>' },
        { startDate: '1896,9,10,12,06', endDate: '1896,9,10,12,06', headline: 'Same end' },
        { startDate: 1950, headline: 'A number' },
        { startDate: 'soon', headline: 'Not a date' },
      ],
      era: [{ startDate: '600', endDate: '650', headline: 'An era' }],
    },
  };

  it('isTimelineJS() knows them by their timeline with a date, slides or era list', () => {
    expect(isTimelineJS(doc)).to.be.true;
    expect(isTimelineJS({ timeline: { slides: [] } })).to.be.true;
    expect(isTimelineJS({ timeline: { era: [] } })).to.be.true;
    expect(isTimelineJS({ timeline: { headline: 'x' } })).to.be.false;
    expect(isTimelineJS({ timeline: 'x' })).to.be.false;
  });

  it('fromTimelineJS() reads their slides, eras and headline', () => {
    expect(fromTimelineJS(doc)).to.deep.equal({
      rows: [
        { title: 'Walls', start: '-3499', category: 'Settlement', source: { url: 'img/walls.jpg', title: 'A wall', publisher: 'Survey' } },
        { title: 'Two days', summary: 'One two', start: '2012-01-26', end: '2012-01-27' },
        { title: 'Same end', start: '1896-09-10' },
        { title: 'A number', start: '1950' },
        { title: 'Not a date', start: 'soon' },
        { title: 'An era', start: '0600', end: '0649', category: ERA_CATEGORY },
      ],
      issues: [],
      title: 'Cities of the ancient Levant',
    });
  });

  it('detectFormat() tells a TimelineJS 2 file from its content', () => {
    expect(detectFormat({ text: JSON.stringify(doc), url: 'https://example.org/a.json' })).to.equal('timelinejs');
  });
});

describe('<event-timeline> with a TimelineJS 2 file', () => {
  it('draws its slides and eras, names itself by its headline, and writes years BCE as such', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    el.src = fixture('tjs2-document.json');
    await waitUntil(() => el.drawnEvents.length === 6, 'the four slides and two eras are drawn', { timeout: 20000 });
    await settle(el);
    const byTitle = new Map(el.drawnEvents.map((e) => [e.title, e]));
    expect(byTitle.get('First walled towns')).to.include({ start: '-3499', category: 'Settlement' });
    expect(byTitle.get('First walled towns')!.source!.url).to.equal(fixture('img/walls.jpg'));
    expect(byTitle.get('Seleucid rule')!.source!.url, 'resolved with the protocol of the document').to.equal(new URL('//images.example.org/seleucid.png', fixture('x')).href);
    expect(byTitle.get('Early era')).to.include({ start: '-0599', end: '-0300' });
    expect(byTitle.get('Late era')).to.include({ start: '-0299', end: '0000' });
    expect(byTitle.get('A day with a time')).to.deep.include({ start: '1896-09-10' });
    expect(byTitle.get('A day with a time')!.end).to.equal(undefined);
    expect(root(el).querySelector('[aria-label="Cities of the ancient Levant"]'), 'the headline names the timeline').to.exist;
    const walls = eventNodes(el).find((n) => n.dataset.id === byTitle.get('First walled towns')!.id)!;
    expect(walls.getAttribute('aria-label')).to.include('3500 BCE');
    el.label = 'My label';
    await settle(el);
    expect(root(el).querySelector('[aria-label="My label"]'), 'label wins over the headline').to.exist;
  });

  it('writes BCE on the axis and in the range it shows', async () => {
    const el = await mount('event-timeline', {
      widthPx: 900,
      props: { events: [{ id: 'a', title: 'A', start: '-3499', category: 'x' }, { id: 'b', title: 'B', start: '-0299', category: 'x' }] },
    });
    const ticks = [...root(el).querySelectorAll('[part~="tick-label"]')].map((t) => t.textContent!.trim());
    expect(ticks.length).to.be.greaterThan(1);
    expect(ticks.every((t) => t.endsWith(' BCE')), ticks.join(' | ')).to.be.true;
    expect(root(el).textContent).to.match(/\d BCE to \d+ BCE/);
  });
});
