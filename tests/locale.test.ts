import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SyriaTimeline } from '../src/elements/syria-timeline.js';
import { centreX, mount, root, settle, tickLabels } from './harness.js';

const ARABIC_DIGITS = /[٠-٩]/;
const PERSIAN_DIGITS = /[۰-۹]/;
const LATIN_DIGITS = /[0-9]/;

const name = (el: SyriaTimeline, id: string) =>
  root(el).querySelector(`[data-id="${id}"]`)?.getAttribute('aria-label') ?? '';

describe('locales', () => {
  it('draws Arabic right to left with locale="ar" and dir="rtl": Arabic words and Arabic-Indic digits', async () => {
    const el = await mount('syria-timeline', { attrs: { dir: 'rtl', locale: 'ar' } });
    await waitUntil(() => ARABIC_DIGITS.test(tickLabels(el).join(' ')), 'the Arabic dictionary loads', { timeout: 20000 });
    await settle(el);
    expect(centreX(el, 'conflict-begins')).to.be.greaterThan(centreX(el, 'astana-talks'));
    const axis = tickLabels(el).join(' ');
    expect(axis).to.match(ARABIC_DIGITS);
    expect(axis).not.to.match(LATIN_DIGITS);
    const astana = name(el, 'astana-talks');
    expect(astana).to.match(ARABIC_DIGITS);
    expect(astana).to.match(/يناير/);
    expect(name(el, 'aleppo-east-retaken')).to.match(/٢٠١٦/);
    expect(root(el).querySelector('[part~="range"]')!.textContent).to.match(ARABIC_DIGITS);
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
  });

  it('writes Persian digits with locale="fa", in the Gregorian calendar', async () => {
    const el = await mount('syria-timeline', { attrs: { dir: 'rtl', locale: 'fa' } });
    await waitUntil(() => PERSIAN_DIGITS.test(tickLabels(el).join(' ')), 'the Persian dictionary loads', { timeout: 20000 });
    expect(tickLabels(el).join(' ')).to.include('۲۰۱۶');
    expect(name(el, 'astana-talks')).to.include('۲۰۱۷');
  });

  it('takes the language from the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 900px"></div>`);
    wrapper.innerHTML = '<syria-timeline></syria-timeline>';
    const el = wrapper.querySelector('syria-timeline')!;
    await waitUntil(() => /janvier/.test(name(el, 'astana-talks')), 'French dates', { timeout: 20000 });
    expect(root(el).querySelector<HTMLButtonElement>('[part~="zoom-button"]')!.getAttribute('aria-label')).to.not.equal(
      'Zoom out',
    );
  });

  it('lets strings replace some words of the locale', async () => {
    const el = await mount('syria-timeline');
    el.strings = { list: 'All events' };
    await settle(el);
    expect(root(el).querySelector('[part~="list-button"]')!.textContent!.trim()).to.equal('All events');
    expect(root(el).querySelector('[part~="zoom-button"]')!.getAttribute('aria-label')).to.equal('Zoom out');
  });
});
