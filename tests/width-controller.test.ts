import { expect, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { WidthController } from '../src/controllers/width-controller.js';
import { mountHost } from './controller-host.js';

/**
 * A host drawing one block, `state.widthPx` wide, that its width controller observes through `target()`; `knownPx` is
 * the width the host gives the controller before its first render, as the timeline does with its own.
 */
async function mountWidth(widthPx = 300, knownPx?: number) {
  const state = { widthPx };
  const mounted = await mountHost(
    (host) => Object.assign(new WidthController(host), { value: knownPx }),
    (width) => html`<div class="block" style="width: ${state.widthPx}px; height: 0" ${width.target()}></div>`,
  );
  /** Sets the block's width and draws it. */
  const resize = async (px: number) => {
    state.widthPx = px;
    mounted.host.requestUpdate();
    await mounted.host.updateComplete;
  };
  return { ...mounted, resize };
}

describe('WidthController', () => {
  it('keeps the width the host knew before its first render when the first observation agrees, without drawing again', async () => {
    const { host, controller } = await mountWidth(300, 300);
    const updates = host.updates;
    await nextFrame();
    await nextFrame();
    expect(controller.value).to.equal(300);
    expect(host.updates, 'the observer’s first report is the same width').to.equal(updates);
  });

  it('corrects a width the host knew before its first render with the first observation, and draws again', async () => {
    const { host, controller } = await mountWidth(300, 320);
    expect(controller.value, 'until the first observation').to.equal(320);
    await host.nextUpdate();
    expect(controller.value).to.equal(300);
  });

  it('learns the width from the first observation when the host knew none', async () => {
    const { host, controller } = await mountWidth(300);
    expect(controller.value).to.equal(undefined);
    await host.nextUpdate();
    expect(controller.value).to.equal(300);
  });

  it('updates the host when the width changes', async () => {
    const { host, controller, resize } = await mountWidth(300);
    const next = host.nextUpdate();
    await resize(420);
    await next;
    await host.nextUpdate();
    expect(controller.value).to.equal(420);
  });

  it('observes the same element once, however often the host draws', async () => {
    const observed: Element[] = [];
    const observe = ResizeObserver.prototype.observe;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      observed.push(target);
      observe.call(this, target, options);
    };
    try {
      const { host } = await mountWidth(300);
      for (let i = 0; i < 3; i++) {
        host.requestUpdate();
        await host.updateComplete;
      }
      expect(observed).to.have.length(1);
    } finally {
      ResizeObserver.prototype.observe = observe;
    }
  });

  it('stops observing when the host leaves the page, and catches up when it comes back', async () => {
    const { host, controller } = await mountWidth(300);
    const parent = host.parentElement!;
    host.remove();
    host.shadowRoot!.querySelector<HTMLElement>('.block')!.style.width = '200px';
    parent.append(host);
    await host.nextUpdate();
    expect(controller.value).to.equal(200);
  });
});
