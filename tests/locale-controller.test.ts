import { expect, fixture, html } from '@open-wc/testing';
import type { DateWords } from '../src/data/date-words.js';
import { LocaleController } from '../src/controllers/locale-controller.js';
import { loadLocale } from '../src/i18n/index.js';
import type { TimelineStrings } from '../src/i18n/strings.js';
import { mountHost, type ControllerHost } from './controller-host.js';

/** What a test host gives its locale controller, as the timeline gives its `locale`, `strings` and `dateWords`. */
interface Given {
  locale: string;
  strings?: Partial<TimelineStrings>;
  dateWords?: Partial<DateWords>;
}

/** A host that syncs its locale controller on every update from `given`, and counts the syncs that changed words. */
async function mountLocale(given: Given = { locale: '' }, parent?: ParentNode) {
  const state = { given, changes: 0 };
  const mounted = await mountHost(
    (host) => new LocaleController(host),
    (locale) => {
      if (locale.sync(state.given.locale, state.given.strings, state.given.dateWords)) state.changes++;
      return html`<p>${locale.strings.list}</p>`;
    },
    parent,
  );
  return { ...mounted, state };
}

/** Waits until the dictionary of `lang` has loaded and `host` has drawn with it. */
async function loaded(host: ControllerHost, lang: Parameters<typeof loadLocale>[0]): Promise<void> {
  await loadLocale(lang);
  await host.updateComplete;
}

describe('LocaleController', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('speaks English at first, with British dates', async () => {
    const { controller } = await mountLocale();
    expect([controller.tag, controller.strings.list, controller.words.locale, controller.rtl]).to.deep.equal([
      'en',
      'List',
      'en-GB',
      false,
    ]);
  });

  /** [name, locale, expected tag, expected date locale, expected list button] */
  const tagCases: [string, string, string, string, string][] = [
    ['loads the dictionary of a supported language', 'fr', 'fr', 'fr-FR', 'Liste'],
    ['writes dates and digits with the region of a tag', 'ar-SY', 'ar-SY', 'ar-SY', 'القائمة'],
    ['falls back to English words for another language, with dates in its tag', 'pt-BR', 'pt-BR', 'pt-BR', 'List'],
    ['trims the tag', '  de ', 'de', 'de-DE', 'Liste'],
  ];
  for (const [name, locale, tag, wordsLocale, list] of tagCases) {
    it(`sync() ${name}`, async () => {
      const { host, controller } = await mountLocale({ locale });
      await loaded(host, tag as Parameters<typeof loadLocale>[0]);
      expect([controller.tag, controller.words.locale, controller.strings.list]).to.deep.equal([tag, wordsLocale, list]);
      expect(host.shadowRoot!.textContent).to.include(list);
    });
  }

  it('puts the page’s strings and date words over the dictionary’s, and tells when the words changed', async () => {
    const { host, controller, state } = await mountLocale();
    const describe = controller.describe;
    const changes = state.changes;
    host.requestUpdate();
    await host.updateComplete;
    expect(state.changes, 'nothing changed').to.equal(changes);
    expect(controller.describe, 'the same describer').to.equal(describe);
    state.given = { locale: '', strings: { list: 'All events', categories: { trade: 'Trade' } }, dateWords: { approximate: 'circa' } };
    host.requestUpdate();
    await host.updateComplete;
    expect(state.changes).to.equal(changes + 1);
    expect(controller.strings.list).to.equal('All events');
    expect(controller.strings.zoomIn, 'the rest from the dictionary').to.equal('Zoom in');
    expect(controller.strings.categories).to.include({ trade: 'Trade', military: 'Military' });
    expect(controller.words.approximate).to.equal('circa');
    expect(controller.describe, 'a describer of the new words').to.not.equal(describe);
  });

  it('takes the language from the nearest lang and follows it when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const { host, controller } = await mountLocale({ locale: '' }, wrapper);
    await loaded(host, 'es');
    expect(controller.tag).to.equal('es');
    wrapper.lang = 'de';
    await host.nextUpdate();
    await loaded(host, 'de');
    expect([controller.tag, controller.strings.list]).to.deep.equal(['de', 'Liste']);
  });

  it('follows dir and lang set on the host itself after it was drawn', async () => {
    const { host, controller } = await mountLocale();
    host.setAttribute('dir', 'rtl');
    await host.nextUpdate();
    expect(controller.rtl).to.be.true;
    host.setAttribute('lang', 'fa');
    await host.nextUpdate();
    await loaded(host, 'fa');
    expect(controller.tag).to.equal('fa');
  });

  it('follows its own dir inside another element’s shadow root, where the page’s observer does not reach', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const { host, controller } = await mountLocale({ locale: '' }, shadow);
    host.dir = 'rtl';
    await host.nextUpdate();
    expect(controller.rtl).to.be.true;
  });

  it('keeps the words of the last language asked for when an earlier one loads later', async () => {
    const { host, controller, state } = await mountLocale({ locale: 'ru' });
    state.given = { locale: 'tr' };
    host.requestUpdate();
    await host.updateComplete;
    await loaded(host, 'ru');
    await loaded(host, 'tr');
    expect(controller.words.locale).to.equal('tr-TR');
  });
});
