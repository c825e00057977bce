import { expect } from '@open-wc/testing';
import type { DrawnCluster } from '../src/layout/frame.js';
import type { LayoutItem } from '../src/layout/items.js';
import { clusterBadge } from '../src/elements/templates/marks.js';
import type { PlotView } from '../src/elements/templates/plot.js';

/** The fields of a plot's view that a cluster's badge reads. */
const view = (fields: Partial<PlotView>): PlotView =>
  ({
    mirror: false,
    widthPx: 800,
    frameStartPx: 0,
    frameWidthPx: 800,
    describe: { count: (n: number) => n.toLocaleString('en-GB') },
    measure: (text: string) => text.length * 7,
    ...fields,
  }) as unknown as PlotView;

const cluster = (count: number, startPx: number, endPx: number): DrawnCluster => ({
  id: `military|${startPx}`,
  category: 'military',
  row: 0,
  rowYPx: 40,
  startMs: 0,
  endMs: 1,
  count,
  startPx,
  endPx,
  first: {} as LayoutItem,
  last: {} as LayoutItem,
});

describe('clusterBadge()', () => {
  it('makes a narrow badge wide enough for its count, from the quick estimate when the view has one', () => {
    const measured: string[] = [];
    const measure = (text: string) => (measured.push(text), text.length * 7);
    const estimate = (text: string) => text.length * 9;
    const badge = clusterBadge(view({ measure, estimate }), cluster(12345, 100, 104));
    expect(badge.count).to.equal('12,345');
    expect(badge.widthPx, '6 characters at 9 px, and room around them').to.equal(6 * 9 + 10);
    expect(measured, 'no canvas measurement').to.deep.equal([]);
    expect(badge.centerPx).to.equal(102);
  });

  it('measures the count without an estimate, and spans a wide cluster whole', () => {
    expect(clusterBadge(view({}), cluster(7, 100, 104)).widthPx, 'at least 18 px').to.equal(18);
    expect(clusterBadge(view({}), cluster(1234, 100, 104)).widthPx).to.equal(5 * 7 + 10);
    expect(clusterBadge(view({}), cluster(3, 100, 300)).widthPx, 'its bin').to.equal(200);
  });
});
