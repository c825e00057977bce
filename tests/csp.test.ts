import { expect, nextFrame, oneEvent } from '@open-wc/testing';

interface CspWindow extends Window {
  cspViolations: string[];
  pageErrors: string[];
  bundleLoaded: Promise<unknown>;
}

type Timeline = HTMLElement & { updateComplete: Promise<boolean>; selected: string | null };

/** Opens tests/csp/index.html (served with the strict CSP header) in an iframe and waits for the timeline. */
async function openCspPage(): Promise<{ frame: HTMLIFrameElement; win: CspWindow; el: Timeline }> {
  const frame = document.createElement('iframe');
  frame.style.width = '960px';
  frame.style.height = '900px';
  frame.src = new URL('./csp/index.html', import.meta.url).href;
  setTimeout(() => document.body.append(frame));
  await oneEvent(frame, 'load');
  const win = frame.contentWindow as unknown as CspWindow;
  await win.bundleLoaded;
  const el = frame.contentDocument!.querySelector('syria-timeline') as Timeline;
  await win.customElements.whenDefined('syria-timeline');
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
  return { frame, win, el };
}

describe('strict Content-Security-Policy', () => {
  it('serves the test page with the strict policy', async () => {
    const response = await fetch(new URL('./csp/index.html', import.meta.url));
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
  });

  it('renders the timeline and selects an event with no violation and no error', async () => {
    const { frame, win, el } = await openCspPage();
    try {
      const nodes = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')];
      expect(nodes.length).to.be.at.least(10);
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick-label"]')].map((t) => t.textContent!.trim());
      expect(ticks).to.include('Jan 2017');
      const styled = win.getComputedStyle(nodes[0].querySelector('.mark, .bar')!);
      expect(styled.fill, 'the component stylesheet applies').to.not.equal('rgb(0, 0, 0)');
      const target = nodes.find((n) => n.dataset.id === 'astana-talks')!;
      setTimeout(() => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      await oneEvent(el, 'timeline-select');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="detail"]')!.textContent).to.include('on January 23');
      el.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
