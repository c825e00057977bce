import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/event-timeline.js';
import { eventsToHtml, readEventsList } from '../src/data/html-list.js';
import { syriaEvents } from '../src/data/syria-events.js';
import type { TimelineEvent } from '../src/data/types.js';
import { summarizeIssues } from '../src/data/summarize-issues.js';
import type { TimelineErrorEvent } from '../src/events.js';
import { eventIds, nextTask, root, settle } from './harness.js';

/** A list element made from markup, outside the page (a template: nothing in it loads or runs). */
function listOf(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const list = template.content.firstElementChild!;
  document.adoptNode(list);
  return list;
}

const THREE = `
<ol>
  <li data-id="aleppo-retaken" data-category="military" data-actors="Syrian army; Takfiri groups ;" data-place="Aleppo">
    <h3>Syrian army retakes eastern Aleppo</h3>
    <time datetime="2016-36~">Late last year</time>
    <p>Government forces take back the eastern districts.</p>
    <blockquote cite="https://example.org/report">
      <p>Late last year, the army managed to liberate the eastern sector of Aleppo.</p>
      <footer>— <cite>Press TV</cite></footer>
    </blockquote>
  </li>
  <li data-category="ceasefire">
    <p><strong>Nationwide truce</strong> takes effect at midnight, <time datetime="2016-12-30">30 December 2016</time>.</p>
    <p>Russia and Turkey back it.</p>
    <q>The truce holds.</q> said <cite><a href="/statements/12">the ministry</a></cite>
  </li>
  <li data-id="astana" data-category="diplomacy">
    <h4>Astana talks</h4>
    <time datetime="2017-01-23">Monday</time> to <time datetime="2017-01-24">Tuesday</time>
    <ul><li>A nested list is part of its item</li></ul>
  </li>
</ol>`;

describe('readEventsList', () => {
  it('reads each <li> as an event: time, heading or strong, paragraphs, quote, cite and data attributes', () => {
    const { events, issues, total } = readEventsList(listOf(THREE));
    expect(issues, issues.map((i) => i.message).join('\n')).to.deep.equal([]);
    expect(total).to.equal(3);
    expect(events[0]).to.deep.equal({
      id: 'aleppo-retaken',
      title: 'Syrian army retakes eastern Aleppo',
      summary: 'Government forces take back the eastern districts.',
      start: '2016-36~',
      dateLabel: 'Late last year',
      category: 'military',
      actors: ['Syrian army', 'Takfiri groups'],
      place: 'Aleppo',
      source: {
        quote: 'Late last year, the army managed to liberate the eastern sector of Aleppo.',
        speaker: 'Press TV',
        url: 'https://example.org/report',
      },
    });
    expect(events[1]).to.include({ title: 'Nationwide truce', start: '2016-12-30', category: 'ceasefire' });
    expect(events[1].id).to.equal('nationwide-truce-2016-12-30');
    expect(events[1].dateLabel, 'a time that only says its date is no label').to.equal(undefined);
    expect(events[1].summary, 'the paragraph that holds the title is not the summary').to.equal('Russia and Turkey back it.');
    expect(events[1].source).to.deep.equal({
      quote: 'The truce holds.',
      speaker: 'the ministry',
      url: new URL('/statements/12', document.baseURI).href,
    });
    expect(events[2]).to.include({ id: 'astana', title: 'Astana talks', start: '2017-01-23', end: '2017-01-24' });
    expect(events[2].dateLabel).to.equal('Monday – Tuesday');
    expect(events[2].summary).to.equal(undefined);
  });

  it('reads an EDTF interval in one <time> as a span', () => {
    const { events } = readEventsList(
      listOf('<ul><li><b>x</b><h2>Support</h2><time datetime="2011/..">since 2011</time></li></ul>'),
    );
    expect(events[0]).to.include({ title: 'Support', start: '2011', end: '..', dateLabel: 'since 2011' });
  });

  it('names problems by the item and its element, and leaves out only the broken items', () => {
    const list = listOf(`<ol>
      <li><h3>Fine</h3><time datetime="2016-12">December 2016</time></li>
      <li><h3>Bad month</h3><time datetime="2016-13">Thirteenth month</time></li>
      <li><time datetime="2016">2016</time><p>No title here</p></li>
      <li><h3>No date</h3></li>
      <li><h3>Bad link</h3><time datetime="2016">2016</time><q cite="javascript:alert(1)">Hi</q></li>
      <li><h3>Bad end</h3><time datetime="2016">2016</time><time datetime="2015">2015</time></li>
    </ol>`);
    const { events, issues, total, name } = readEventsList(list);
    expect(total).to.equal(6);
    expect(events.map((e) => e.title)).to.deep.equal(['Fine', 'Bad link']);
    const messages = issues.map((i) => i.message);
    expect(messages[0]).to.match(/^li\[2\] time: '2016-13' is not a valid date/);
    expect(messages).to.include('li[3] heading: missing; every event needs a title');
    expect(messages.some((m) => m.startsWith('li[4] time: missing'))).to.be.true;
    expect(messages.some((m) => m.startsWith('li[5] q[cite]: '))).to.be.true;
    expect(messages.some((m) => m.startsWith('li[6] time[2]: '))).to.be.true;
    expect(issues.map((i) => i.path)).to.include.members(['li[2] time', 'li[3] heading', 'li[5] q[cite]', 'li[6] time[2]']);
    const groups = summarizeIssues(issues, { name });
    const dates = groups.find((g) => g.field === 'time' && g.code === 'invalid-date')!;
    expect(dates.examples).to.deep.equal(['li[2]']);
  });

  it('takes every field as text: markup in the page is never copied or run', async () => {
    const flag = window as unknown as { listRan?: number };
    delete flag.listRan;
    const list = listOf(`<ol><li data-id="x" data-category="&lt;b&gt;">
      <h3>A <img src="data:," onerror="window.listRan = 1"><em>title</em>&lt;script&gt;</h3>
      <time datetime="2016">2016</time></li></ol>`);
    const { events } = readEventsList(list);
    expect(events[0]).to.include({ title: 'A title<script>', category: '<b>' });
    await nextTask();
    expect(flag.listRan).to.equal(undefined);
  });
});

describe('eventsToHtml', () => {
  /** The events as a list reads them back: the source's document fields are not in the list. */
  const withoutDocument = (events: readonly TimelineEvent[]) =>
    events.map(({ source, translations: _translations, ...event }) => {
      if (!source) return event;
      const { title: _t, published: _p, publisher: _b, ...kept } = source;
      return { ...event, source: kept };
    });

  it("writes the article's events as a list that reads back as the same events", () => {
    const html = eventsToHtml(syriaEvents);
    expect(html.startsWith('<ol>\n  <li data-id="conflict-begins"')).to.be.true;
    const { events, issues } = readEventsList(listOf(html));
    expect(issues).to.deep.equal([]);
    expect(events).to.deep.equal(withoutDocument(syriaEvents));
  });

  it('escapes every text, so that markup in the data stays text', () => {
    const tricky: TimelineEvent[] = [
      {
        id: 'a"b',
        title: '<img src=x onerror="window.listRan = 2"> & co',
        summary: "It's </li></ol><p>out",
        start: '2016-12~',
        category: 'x"><script>',
        source: { quote: '<q>nested</q>', speaker: '</cite>', url: 'https://example.org/?a=1&b="2"' },
      },
    ];
    const html = eventsToHtml(tricky, { headingLevel: 2 });
    expect(html).not.to.match(/<img|<script|<\/li><\/ol><p>/);
    const { events } = readEventsList(listOf(html));
    const url = 'https://example.org/?a=1&b=%222%22';
    expect(events).to.deep.equal([{ ...tricky[0], source: { ...tricky[0].source, url } }]);
  });
});

describe('<event-timeline> with its events written as an HTML list', () => {
  async function mountList(markup: string): Promise<EventTimeline> {
    const wrapper = await fixture<HTMLDivElement>(`<div style="width: 900px"><event-timeline>${markup}</event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => el.drawnEvents.length > 0, 'the events of the list are drawn', { timeout: 20000 });
    await settle(el);
    return el;
  }

  it('draws exactly the events of its list, and keeps the list out of sight', async () => {
    const el = await mountList(THREE);
    expect(el.drawnEvents.map((e) => e.id)).to.deep.equal(['aleppo-retaken', 'nationwide-truce-2016-12-30', 'astana']);
    expect(el.drawnEvents[0]).to.include({ start: '2016-36~', category: 'military' });
    expect(eventIds(el)).to.have.members(['aleppo-retaken', 'nationwide-truce-2016-12-30', 'astana']);
    expect(el.querySelector('ol')!.getClientRects()).to.have.length(0);
    el.selected = 'aleppo-retaken';
    await settle(el);
    await waitUntil(() => root(el).querySelector('[part~="detail"]'), 'the detail panel is drawn', { timeout: 20000 });
    const detail = root(el).querySelector('[part~="detail"]')!.textContent!;
    expect(detail).to.include('the army managed to liberate the eastern sector of Aleppo');
    expect(detail).to.include('Press TV');
  });

  it('reads its list again when the list changes', async () => {
    const el = await mountList(THREE);
    const item = document.createElement('li');
    item.setAttribute('data-category', 'humanitarian');
    item.innerHTML = '<h3>Evacuation ends</h3><time datetime="2016-12-22">22 December 2016</time>';
    el.querySelector('ol')!.append(item);
    await waitUntil(() => el.drawnEvents.length === 4, 'the new item is drawn', { timeout: 20000 });
    el.querySelector('time[datetime="2017-01-23"]')!.setAttribute('datetime', '2017-01-22');
    await waitUntil(() => el.drawnEvents.find((e) => e.id === 'astana')?.start === '2017-01-22', 'the new date is read', {
      timeout: 20000,
    });
    el.querySelector('h4')!.firstChild!.nodeValue = 'Talks in Astana';
    await waitUntil(() => el.drawnEvents.find((e) => e.id === 'astana')?.title === 'Talks in Astana', 'the new text is read', {
      timeout: 20000,
    });
  });

  it('prefers events set as a property to its list', async () => {
    const el = await mountList(THREE);
    el.events = [{ id: 'only', title: 'Only', start: '2016', category: 'military' }];
    await settle(el);
    expect(el.drawnEvents.map((e) => e.id)).to.deep.equal(['only']);
    el.events = [];
    await waitUntil(() => el.drawnEvents.length === 3, 'the list is drawn again', { timeout: 20000 });
  });

  it('tells the reader which items could not be shown, naming them as items', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div style="width: 900px"></div>');
    const el = document.createElement('event-timeline');
    el.innerHTML = `<ol>
      <li><h3>Fine</h3><time datetime="2016">2016</time></li>
      <li><h3>Bad</h3><time datetime="2016-13">2016-13</time></li></ol>`;
    const error = oneEvent(el, 'timeline-error') as Promise<TimelineErrorEvent>;
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.summary[0].message).to.match(/^li\[2\] time: '2016-13' is not a valid date/);
    expect(detail.issues[0].path).to.equal('li[2] time');
    await settle(el);
    const notice = root(el).querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.include('li[2] time');
    expect(el.drawnEvents.map((e) => e.title)).to.deep.equal(['Fine']);
  });
});

describe('dist/syria-timeline.html', () => {
  const PAGE = new URL('../dist/syria-timeline.html', import.meta.url).href;

  /** The page in a frame; `scripts` false is a reader with JavaScript off (a sandbox without `allow-scripts`). */
  async function openPage(scripts: boolean): Promise<Document> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    frame.sandbox.add('allow-same-origin');
    if (scripts) frame.sandbox.add('allow-scripts');
    const loaded = oneEvent(frame, 'load');
    frame.src = PAGE;
    (await fixture<HTMLDivElement>('<div></div>')).append(frame);
    await loaded;
    return frame.contentDocument!;
  }

  it("shows the article's events as a list without JavaScript", async () => {
    const doc = await openPage(false);
    const headings = [...doc.querySelectorAll('event-timeline li h2')] as HTMLElement[];
    expect(headings.map((h) => h.textContent)).to.deep.equal(syriaEvents.map((e) => e.title));
    expect(headings.every((h) => h.getClientRects().length > 0 && h.offsetHeight > 0), 'every title is shown').to.be.true;
    expect(doc.body.innerText).to.include('Late last year, the army managed to liberate the eastern sector of Aleppo');
    expect(doc.defaultView!.customElements.get('event-timeline'), 'no script ran').to.equal(undefined);
  });

  it('draws the same events as a timeline with JavaScript, and hides the list', async () => {
    const doc = await openPage(true);
    const el = doc.querySelector('event-timeline') as EventTimeline;
    await waitUntil(() => el.drawnEvents?.length === syriaEvents.length, 'the 16 events are drawn', { timeout: 20000 });
    expect(el.drawnEvents.map((e) => e.id)).to.have.members(syriaEvents.map((e) => e.id));
    expect(el.drawnEvents.find((e) => e.id === 'aleppo-east-retaken')?.start).to.equal('2016-36~');
    expect(el.querySelector('ol')!.getClientRects()).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(0);
  });
});

describe('the README example of events written as HTML', () => {
  it('draws its three events, as the README says', async () => {
    const readme = await (await fetch(new URL('../README.md', import.meta.url))).text();
    const example = /```html\n(<event-timeline label="Aleppo, late 2016">[\s\S]*?<\/event-timeline>)\n```/.exec(readme)?.[1];
    expect(example, 'the README has the example').to.be.a('string');
    const wrapper = await fixture<HTMLDivElement>(`<div style="width: 900px">${example!}</div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => el.drawnEvents.length === 3, 'the three events are drawn', { timeout: 20000 });
    const byId = new Map(el.drawnEvents.map((e) => [e.id, e]));
    expect(byId.get('aleppo-retaken')).to.include({ start: '2016-36~', dateLabel: 'Late last year', category: 'military' });
    expect(byId.get('aleppo-retaken')!.source).to.include({ speaker: 'Press TV', url: 'https://example.org/report' });
    expect(byId.get('astana')).to.include({ start: '2017-01-23', end: '2017-01-24' });
    expect(byId.get('nationwide-truce-takes-effect-2016-12-30')).to.include({ category: 'ceasefire' });
  });
});
