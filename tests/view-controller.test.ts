import { expect } from '@open-wc/testing';
import { ViewController, type ViewInputs } from '../src/controllers/view-controller.js';
import { ZoomController } from '../src/controllers/zoom-controller.js';
import type { TimelineEvent } from '../src/data/types.js';
import { byId, type DrawnItem } from '../src/layout/frame.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { mountHost } from './controller-host.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const measure = (text: string) => text.length * 7;

/** A busy 2012, nothing from 2013 to mid-2016 (a fold), and a busy late 2016. */
const events: TimelineEvent[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, title: `Early ${i}`, start: `2012-${String(i + 1).padStart(2, '0')}-10`, category: 'military' })),
  ...Array.from({ length: 12 }, (_, i) => ({ id: `b${i}`, title: `Late ${i}`, start: `2016-${String(i + 1).padStart(2, '0')}-20`, category: 'diplomacy' })),
];

/** A view controller over a laid-out timeline 800 px wide; `selected` and `reported` record what it asks of its host. */
async function mountView() {
  const selected: (string | null)[] = [];
  const reported: string[][] = [];
  const recorded: [number, number][] = [];
  const layout = new TimelineLayout();
  const { host, controller: parts } = await mountHost((host) => {
    const zoom = new ZoomController(host);
    const view = new ViewController(host, {
      layout, zoom, measurer: { measure, estimate: measure }, canvas: () => undefined,
      select: (id) => selected.push(id),
      bookmark: () => ({ recordRange: (from, to) => recorded.push([from, to]), report: (problems, unknown) => reported.push([...problems, ...(unknown === undefined ? [] : [`unknown: ${unknown}`])]) }),
    });
    return { zoom, view };
  });
  layout.setEvents(events);
  const inputs: ViewInputs = { change: 'events', widthPx: 800, folding: true, rowPx: () => 28, pinned: [], locale: 'en-GB', ready: true };
  const update = (more: Partial<ViewInputs> = {}) => parts.view.update({ ...inputs, change: null, ...more });
  const first = (more: Partial<ViewInputs> = {}) => parts.view.update({ ...inputs, ...more });
  /** Laid out at 4×, then a pan begun and moved 10 px. */
  const panning = () => {
    first();
    parts.zoom.zoomBy(4);
    update();
    parts.view.start(false);
    parts.zoom.panBy(10);
    update();
  };
  return { host, layout, ...parts, selected, reported, recorded, first, update, panning };
}

describe('ViewController', () => {
  it('lays out the whole extent at the first update, with its quiet stretch folded', async () => {
    const { view, layout, first } = await mountView();
    first();
    expect(layout.widthPx).to.equal(800);
    expect(layout.folds.length, 'the years with no event are a fold').to.be.greaterThan(0);
    const [from, to] = view.range;
    expect(from).to.be.at.most(utc('2012-01-10'));
    expect(to).to.be.at.least(utc('2016-12-20'));
    expect(view.drawn.frame.items.length + view.drawn.frame.clusters.length, 'events drawn').to.be.greaterThan(0);
  });

  it('shows a range asked for before the events are in once they are, and keeps it in the page address', async () => {
    const { view, first, update, recorded } = await mountView();
    const asked: [number, number] = [utc('2016-03-01'), utc('2016-09-01')];
    view.request(asked);
    first({ ready: false });
    update({ ready: false });
    expect(recorded, 'not yet: the events are not all in').to.deep.equal([]);
    update();
    const [from, to] = view.range;
    expect(from, 'from').to.be.closeTo(asked[0], 86_400_000);
    expect(to, 'to').to.be.closeTo(asked[1], 86_400_000);
    expect(recorded).to.have.length(1);
    update();
    expect(recorded, 'shown once').to.have.length(1);
  });

  it('opens the fold that takes up more than half of a range it shows, keeping the range', async () => {
    const { view, layout, first } = await mountView();
    first();
    const fold = layout.folds[0];
    view.showRange([fold.fromMs, fold.toMs]);
    expect(layout.foldsOpen[0], 'the fold opened').to.be.true;
    const [from, to] = view.range;
    expect(from).to.be.closeTo(fold.fromMs, (fold.toMs - fold.fromMs) / 100);
    expect(to).to.be.closeTo(fold.toMs, (fold.toMs - fold.fromMs) / 100);
  });

  it("restores the page address's view: its event, its range, and what it could not use", async () => {
    const { view, first, update, selected, reported } = await mountView();
    first();
    view.restore({ selected: 'b3', range: [utc('2016-02-01'), utc('2016-06-01')], problems: ['A value could not be read.'] });
    update();
    expect(selected).to.deep.equal(['b3']);
    expect(view.range[0]).to.be.closeTo(utc('2016-02-01'), 86_400_000);
    expect(reported).to.deep.equal([['A value could not be read.']]);
    view.restore({ selected: 'nowhere', problems: [] });
    update();
    expect(selected, 'an unknown event is not selected').to.deep.equal(['b3']);
    expect(reported[1], 'and handed to the bookmark to report').to.deep.equal(['unknown: nowhere']);
  });

  it('clears the selection for an address that says no event, and keeps it for one that says nothing', async () => {
    const { view, first, update, selected } = await mountView();
    first();
    view.restore({ problems: [] });
    update();
    expect(selected, 'opening the page keeps its own selection').to.deep.equal([]);
    view.restore({ selected: null, problems: [] });
    update();
    expect(selected, 'after Back: none').to.deep.equal([null]);
  });

  it('shifts the frame it drew while a change of the view pans, and lays it out again at rest', async () => {
    const { view, zoom, update, panning } = await mountView();
    panning();
    const wide = view.drawn;
    expect(wide.marginPx, 'laid out half a width wider').to.equal(400);
    expect([wide.frameStartPx, wide.frameWidthPx], 'on the side it moves toward, later in time').to.deep.equal([-wide.shiftPx, 1200]);
    zoom.panBy(100);
    update();
    expect(view.drawn.frame, 'the same frame, moved').to.equal(wide.frame);
    expect(view.drawn.shiftPx).to.equal(wide.shiftPx - 100);
    view.end(true);
    update();
    expect(view.drawn.frame, 'the frame stays a moment after the pan ends').to.equal(wide.frame);
    expect(view.moving, 'as moving').to.be.true;
    await view.rested;
    update();
    expect(view.drawn.frame, 'laid out anew at rest').not.to.equal(wide.frame);
    expect(view.drawn.marginPx).to.equal(0);
    expect(view.moving).to.be.false;
  });

  it('lays the margin out on the other side when a pan turns back', async () => {
    const { view, zoom, update, panning } = await mountView();
    panning();
    const later = view.drawn;
    expect(later.frameStartPx, 'ahead, later in time').to.equal(-later.shiftPx);
    zoom.panBy(-30);
    update();
    const earlier = view.drawn;
    expect(earlier.frame, 'laid out again').not.to.equal(later.frame);
    expect([earlier.frameStartPx, earlier.frameWidthPx], 'ahead, earlier in time').to.deep.equal([-earlier.shiftPx - 400, 1200]);
    expect(earlier.frameAt, 'in the same px').to.equal(later.frameAt);
  });

  it('packs a change of the view made by code at rest at once', async () => {
    const { view, update, panning } = await mountView();
    panning();
    const wide = view.drawn;
    view.end(false);
    expect(view.moving).to.be.false;
    update();
    expect(view.drawn.frame, 'laid out anew at rest').not.to.equal(wide.frame);
    expect(view.drawn.marginPx).to.equal(0);
  });

  it('goes on from the frame of a pan when another begins before it is packed at rest', async () => {
    const { view, zoom, update, panning, host } = await mountView();
    panning();
    const wide = view.drawn;
    view.end(true);
    // A press that moves nothing, then a stroke: neither lays out anew, and the rest waits for the stroke's end.
    view.start(false);
    view.end(true);
    view.start(false);
    zoom.panBy(50);
    update();
    expect(view.drawn.frame, 'the same frame, moved').to.equal(wide.frame);
    expect(view.drawn.shiftPx).to.equal(wide.shiftPx - 50);
    await host.updateComplete;
    const updates = host.updates;
    view.end(true);
    await view.rested;
    await host.updateComplete;
    expect(host.updates - updates, 'the host was asked to update once, at rest').to.equal(1);
    update();
    expect(view.drawn.frame, 'laid out anew at rest').not.to.equal(wide.frame);
    expect(view.drawn.marginPx).to.equal(0);
  });

  it("lays out a pan's frames in the px of the frame drawn before it, so that a mark that has not moved keeps them", async () => {
    const { view, zoom, first, update } = await mountView();
    first();
    zoom.zoomBy(4);
    update();
    const rest = view.drawn;
    expect(rest.frameAt, 'after a zoom, the px are the view’s own').to.equal(rest.at);
    expect([rest.frameStartPx, rest.shiftPx]).to.deep.equal([0, 0]);
    view.start(false);
    zoom.panBy(10);
    update();
    const moving = view.drawn;
    expect(moving.frame, 'laid out again, with a margin').not.to.equal(rest.frame);
    expect(moving.frameAt, 'in the px of the frame at rest').to.equal(rest.frameAt);
    expect(moving.shiftPx, 'moved as far as the view').to.equal(zoom.transform.x - rest.at.x);
    expect([moving.frameStartPx, moving.frameWidthPx]).to.deep.equal([-moving.shiftPx, 1200]);
    // What was drawn at rest is drawn still, but for what lies wholly behind the view (the margin is ahead of it).
    const reach = (d: DrawnItem) => Math.max(d.geometry.occupied.endPx, d.label ? d.label.xPx + d.label.maxWidthPx : -Infinity);
    const before = byId(rest.frame.items.filter((d) => reach(d) >= moving.frameStartPx));
    expect(before.size, 'events at rest in the frame').to.be.greaterThan(3);
    const kept = moving.frame.items.filter((d) => before.has(d.item.id));
    expect(kept.length, 'the events drawn at rest are all drawn').to.equal(before.size);
    for (const d of kept) {
      const was = before.get(d.item.id)!;
      expect([d.geometry.markPx, d.label, d.text, d.rowYPx], d.item.id).to.deep.equal([was.geometry.markPx, was.label, was.text, was.rowYPx]);
    }
    expect(moving.frame.items.length, 'and those the margin brings').to.be.greaterThan(before.size);
    zoom.panBy(300);
    update();
    view.end(true);
    await view.rested;
    update();
    const after = view.drawn;
    expect(after.frameAt, 'at rest, still in the same px').to.equal(rest.frameAt);
    expect([after.marginPx, after.frameStartPx, after.frameWidthPx]).to.deep.equal([0, -after.shiftPx, 800]);
    const wasMoving = byId(moving.frame.items);
    const stayed = after.frame.items.filter((d) => wasMoving.has(d.item.id));
    expect(stayed.length, 'events in view both while it moved and at rest').to.be.greaterThan(0);
    for (const d of stayed) {
      const was = wasMoving.get(d.item.id)!;
      expect([d.geometry.markPx, d.row], `${d.item.id} keeps its place and its row`).to.deep.equal([was.geometry.markPx, was.row]);
    }
    zoom.zoomBy(2);
    update();
    expect(view.drawn.frameAt, 'a zoom starts the px again from the view’s').to.equal(view.drawn.at);
    expect([view.drawn.frameStartPx, view.drawn.shiftPx]).to.deep.equal([0, 0]);
  });

  it("keeps a dense lane's clusters, with their ids and places, through a pan's frames and at rest", async () => {
    const { view, zoom, layout, first, update } = await mountView();
    // Six events a day through 2014 in one lane: far more than a view lays out one by one, so it is drawn in bins.
    const dense: TimelineEvent[] = Array.from({ length: 6 * 365 }, (_, i) => ({
      id: `d${i}`, title: `Day ${i}`, start: new Date(utc('2014-01-01') + Math.floor(i / 6) * 86_400_000).toISOString().slice(0, 10), category: 'military',
    }));
    layout.setEvents(dense);
    first();
    zoom.zoomBy(3);
    update();
    const rest = view.drawn;
    expect(rest.frame.clusters.length, 'bins of events').to.be.greaterThan(10);
    view.start(false);
    zoom.panBy(-37);
    update();
    const moving = view.drawn;
    expect(moving.marginPx, 'laid out with a margin').to.equal(400);
    const clusters = (v: typeof rest) => new Map(v.frame.clusters.map((c) => [c.id, [c.startPx, c.endPx, c.rowYPx, c.count]]));
    const [atRest, whileMoving] = [clusters(rest), clusters(moving)];
    expect(whileMoving.size, 'the margin brings more').to.be.greaterThan(atRest.size);
    // The view moved 37 px earlier in time: the margin is laid out before it, and what left it after is not drawn.
    expect([moving.frameStartPx, moving.frameWidthPx]).to.deep.equal([-moving.shiftPx - 400, 1200]);
    const stayed = [...atRest].filter(([id]) => whileMoving.has(id));
    expect(stayed.length, 'the clusters at rest still in view').to.be.greaterThan(atRest.size - 3);
    for (const [id, place] of stayed) expect(whileMoving.get(id), `cluster ${id} is the same while the view moves`).to.deep.equal(place);
    view.end(true);
    await view.rested;
    update();
    const after = clusters(view.drawn);
    const both = [...after.keys()].filter((id) => whileMoving.has(id));
    expect(both.length, 'most of the clusters at rest were drawn while it moved').to.be.greaterThan(after.size - 3);
    for (const id of both) expect(after.get(id), `cluster ${id} is the same at rest`).to.deep.equal(whileMoving.get(id));
  });

  it('lays out nothing for a press that moves nothing, nor for the focus or the selection of an event it draws', async () => {
    const { view, zoom, first, update } = await mountView();
    first();
    zoom.zoomBy(4);
    update();
    const rest = view.drawn;
    view.start(true);
    update({ pinned: [rest.frame.items[0].item.id, null] });
    view.end(true);
    update({ pinned: [rest.frame.items[0].item.id, rest.frame.items[1].item.id] });
    expect(view.drawn, 'the same frame').to.equal(rest);
    const undrawn = events.map((e) => e.id!).find((id) => !rest.frame.items.some((d) => d.item.id === id))!;
    update({ pinned: [null, undrawn] });
    expect(view.drawn, 'laid out again for a selected event it lacked').not.to.equal(rest);
    expect(view.drawn.frame.items.some((d) => d.item.id === undrawn)).to.be.true;
  });

  it('ends a change of the view cut short when the host leaves the page', async () => {
    const { host, view, zoom, update, panning } = await mountView();
    panning();
    expect(view.drawn.marginPx, 'moving').to.equal(400);
    host.remove();
    document.body.append(host);
    zoom.panBy(10);
    update();
    expect(view.drawn.marginPx, 'at rest again').to.equal(0);
  });
});
