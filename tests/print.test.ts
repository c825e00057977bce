import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { mountArticle, root } from './harness.js';

/** Whether a computed colour is a grey (or black or white): its red, green and blue are equal. */
const isGrey = (colour: string): boolean => {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return r === g && g === b;
};

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
  });

  it('prints the chart at the page width in black and white without buttons, then the events in view with their dates and quotes, and the open panel', async function () {
    const el = await mountArticle({ widthPx: 700, attrs: { selected: 'astana-talks' } });
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      // WebDriver (WebKitGTK here) cannot emulate a media type.
      this.skip();
    }
    if (!matchMedia('print').matches) this.skip();
    const shadow = root(el);

    // The page is wider on paper than the timeline was drawn: the chart takes the new width before any redraw.
    el.parentElement!.style.width = '780px';
    const chart = shadow.querySelector('svg.chart')!;
    expect(chart.getBoundingClientRect().width).to.be.closeTo(el.clientWidth, 1);

    const buttons = [...shadow.querySelectorAll('button')].filter((b) => !b.matches('[part~="list-item"]'));
    expect(buttons.length, 'zoom, list, help, close, previous and next buttons').to.be.greaterThan(5);
    for (const button of buttons) expect(getComputedStyle(button).display, button.outerHTML.slice(0, 80)).to.equal('none');

    const colours = [...shadow.querySelectorAll('[part~="event"] .mark, [part~="lane"], [part~="tick-label"]')].flatMap((node) => {
      const style = getComputedStyle(node);
      return [style.fill, style.stroke, style.color].filter((c) => c.startsWith('rgb'));
    });
    expect(colours.length).to.be.greaterThan(10);
    expect(colours.filter((c) => !isGrey(c)), 'colours that are not grey').to.deep.equal([]);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');

    const list = shadow.querySelector<HTMLElement>('[part~="list"]')!;
    const items = [...list.querySelectorAll('li')];
    // The whole extent is in view: every event is listed, in time order.
    expect(items.map((li) => li.querySelector('.list-title')!.textContent)).to.deep.equal(el.drawnEvents.map((e) => e.title));
    expect(list.getBoundingClientRect().top, 'the list comes after the chart').to.be.at.least(chart.getBoundingClientRect().bottom);
    for (const li of items) {
      const event = el.drawnEvents[items.indexOf(li)];
      expect(li.getBoundingClientRect().height, event.title).to.be.greaterThan(20);
      expect(li.querySelector('time')!.textContent!.trim(), event.title).to.match(/\d{4}/);
      const quote = li.querySelector<HTMLElement>('.list-quote')!;
      expect(getComputedStyle(quote).display, event.title).to.equal('block');
      expect(quote.textContent, event.title).to.include(event.source!.quote!);
    }

    const detail = shadow.querySelector<HTMLElement>('[part~="detail"]')!;
    expect(getComputedStyle(detail).display).not.to.equal('none');
    expect(detail.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(shadow.querySelector('[part~="detail-title"]')!.textContent!.trim()).to.equal('Astana talks');

    await nextFrame();
    await executeServerCommand('page-screenshot', { name: 'print' });
  });

  it('shows the list on screen only as the visually hidden list, with no quotes, and passes an accessibility check', async () => {
    const el = await mountArticle({ widthPx: 700, attrs: { selected: 'astana-talks' } });
    const list = root(el).querySelector<HTMLElement>('[part~="list"]')!;
    expect(list.classList.contains('visually-hidden')).to.equal(true);
    expect(getComputedStyle(list.querySelector('.list-quote')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });
});
