import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountArticle, press, settle } from './harness.js';

/** The standalone bundle on a bare page, checked with axe in every colour mode the reader may use. */
type Timeline = HTMLElement & { selected: string | null; updateComplete: Promise<boolean> };

const bundle = new URL('../dist/syria-timeline.bundle.js', import.meta.url).href;

async function emulate(features: { name: string; value: string }[]): Promise<boolean> {
  return (await executeServerCommand('emulate-media-features', features)) === true;
}

/** axe on the element with the list view open and an event selected, the states with the most to check. */
async function checkAll(el: Timeline): Promise<void> {
  await expect(el).to.be.accessible();
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="list-button"]')!.click();
  el.selected = 'aleppo-east-retaken';
  await settle(el);
  expect(el.shadowRoot!.querySelector('[part~="list"]')!.classList.contains('open')).to.be.true;
  await expect(el).to.be.accessible();
}

describe('the built bundle: accessibility in every colour mode', () => {
  before(async () => {
    await import(bundle);
  });
  after(() => emulate([{ name: 'prefers-color-scheme', value: '' }, { name: 'forced-colors', value: '' }]));

  it('has no axe violations in light mode, with the list open and an event selected', async () => {
    await checkAll(await mountArticle<Timeline>());
  });

  it('has no axe violations in dark mode, with the list open and an event selected', async () => {
    const el = await mountArticle<Timeline>();
    el.setAttribute('theme', 'dark');
    await settle(el);
    await checkAll(el);
  });

  it('has no axe violations under forced colours, and marks stay visible', async function () {
    if (!(await emulate([{ name: 'forced-colors', value: 'active' }])) || !matchMedia('(forced-colors: active)').matches) {
      // Only Chromium (through the DevTools protocol) can emulate forced colours here.
      this.skip();
    }
    const el = await mountArticle<Timeline>();
    // Every mark and bar is drawn in a system colour that differs from the background, by its fill or its outline.
    const background = getComputedStyle(el).backgroundColor;
    const shapes = [...el.shadowRoot!.querySelectorAll('[part~="event"] .mark, [part~="event"] .bar')];
    expect(shapes.length).to.be.greaterThan(10);
    for (const shape of shapes) {
      const style = getComputedStyle(shape);
      expect([style.fill, style.stroke].some((c) => c !== background && c !== 'none'), shape.outerHTML).to.be.true;
    }
    await checkAll(el);
  });

  it('keeps focus visible and inside the element along the whole keyboard path', async () => {
    const el = await mountArticle<Timeline>();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    const inside = () => document.activeElement === el && el.shadowRoot!.activeElement !== null;
    const ringShown = () => {
      const active = el.shadowRoot!.activeElement!;
      const ring = active.querySelector('.focus-ring');
      return ring ? getComputedStyle(ring).visibility === 'visible' : getComputedStyle(active).outlineStyle !== 'none';
    };
    for (const key of ['Tab', 'ArrowRight', 'ArrowRight', 'End', 'Home', '+', '-', 'Enter', 'Escape', 'l']) {
      await press(el, key);
      expect(inside(), `focus inside after ${key}`).to.be.true;
      expect(ringShown(), `focus visible after ${key}`).to.be.true;
    }
    expect(el.shadowRoot!.querySelector('[part~="list"]')!.classList.contains('open')).to.be.true;
  });
});
