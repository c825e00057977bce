import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { SyriaTimeline } from '../src/elements/syria-timeline.js';

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

/** Every node of the tree with the roles of its ancestors, outermost first. */
function* walk(node: AxNode, ancestors: string[] = []): Generator<{ node: AxNode; ancestors: string[] }> {
  yield { node, ancestors };
  for (const child of node.children) yield* walk(child, [...ancestors, node.role]);
}

describe('the accessibility tree that screen readers get', () => {
  it('exposes the events as a listbox of options that no image hides', async function () {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><syria-timeline></syria-timeline></div>`);
    const el = wrapper.querySelector<SyriaTimeline>('syria-timeline')!;
    await el.updateComplete;
    await nextFrame();
    const tree = (await executeServerCommand('accessibility-tree')) as AxNode | false;
    // Only Chromium hands its tree to the test runner (see web-test-runner.config.mjs).
    if (!tree) this.skip();
    const nodes = [...walk(tree)];
    const listbox = nodes.find(({ node }) => node.role === 'listbox' && node.name.startsWith('Events'));
    expect(listbox, 'a listbox named for its events').to.exist;
    // Chromium calls an <svg> without a role SvgRoot and exposes it as an image (graphics-document), whose children
    // are presentational in ARIA: some screen readers would never reach the options.
    for (const role of ['SvgRoot', 'img', 'image', 'graphics-document']) {
      expect(listbox!.ancestors, `no ${role} above the listbox`).to.not.include(role);
    }
    const options = [...walk(listbox!.node)].filter(({ node }) => node.role === 'option');
    expect(options.length).to.be.at.least(10);
    expect(options.map(({ node }) => node.name)).to.include('Astana talks, 23 January 2017, Diplomacy');
  });
});
