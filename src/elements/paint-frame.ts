import { axisBreak, foldEdges, tickAnchor, TICK_BASELINE_PX, type PlotView } from './templates/plot.js';
import { clusterBadge, eventShapes, frameShiftPx, labelAnchor, mx, type Extent } from './templates/marks.js';

/** The colours and the font a frame is painted with, as the chart's styles resolve them. */
export interface Palette {
  /** The colour of each category class (`cat-military` …). */
  colours: ReadonlyMap<string, string>;
  bg: string;
  /** Whether `bg` is opaque: the frame then covers the whole canvas, which need not be cleared first. */
  opaque: boolean;
  fg: string;
  /** The font family of the chart's text. */
  font: string;
  /** The grid lines of the ticks, and those of the major ticks: their colour and opacity. */
  grid: Stroke;
  majorGrid: Stroke;
  /** The lanes behind the events, as drawn when the gesture began: they do not move with the view. */
  lanes: readonly { y: number; height: number; fill: string }[];
  /** The names of the lanes, where they are drawn, in their font and colour. */
  laneNames: readonly { text: string; x: number; y: number }[];
  laneFont: string;
  laneColour: string;
  laneSpacing: string;
  /** The axis: its line's colour, and its tick labels' fonts (the major ticks' and the others'), in `fg`. */
  axisLine: string;
  tickFont: string;
  majorTickFont: string;
}

/** A line's colour and opacity. */
interface Stroke {
  colour: string;
  alpha: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Reads the palette of the drawn chart `svg`: each category's colour from its hatch pattern, the background from
 * the axis, the text colour and font from a tick label, the grid's from lines of its own, made in the `<defs>` for
 * the reading (the chart may show no major tick), and the lanes with their names as they are drawn (in their
 * styles, parts included, and in capitals where the styles ask for them). `null` when there is nothing to read it
 * from, or when `canvas` cannot paint it: a canvas made without alpha for an opaque background cannot show one that
 * lets the page through.
 */
export function readPalette(svg: SVGSVGElement, canvas: HTMLCanvasElement): Palette | null {
  const axis = svg.querySelector('.axis-bg');
  const tick = svg.querySelector('.tick-label');
  const defs = svg.querySelector('defs');
  if (!axis || !tick || !defs) return null;
  const colours = new Map<string, string>();
  for (const line of svg.querySelectorAll('pattern .hatch-line')) {
    colours.set(line.parentElement!.getAttribute('class')!, getComputedStyle(line).stroke);
  }
  const text = getComputedStyle(tick);
  const grid = defs.appendChild(document.createElementNS(SVG_NS, 'g'));
  grid.setAttribute('class', 'grid');
  const stroke = (major: boolean): Stroke => {
    const line = grid.appendChild(document.createElementNS(SVG_NS, 'line'));
    if (major) line.setAttribute('class', 'major');
    const style = getComputedStyle(line);
    return { colour: style.stroke, alpha: Number(style.strokeOpacity) || 0 };
  };
  // The tick labels' fonts, parts included, from labels of its own (the axis may show no major tick).
  const tickStyle = (major: boolean) => {
    const label = grid.appendChild(document.createElementNS(SVG_NS, 'text'));
    label.setAttribute('class', major ? 'tick-label major' : 'tick-label');
    label.setAttribute('part', 'tick-label');
    return getComputedStyle(label);
  };
  const [minorTick, majorTick] = [tickStyle(false), tickStyle(true)];
  const fontOf = (style: CSSStyleDeclaration) => `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const number = (node: Element, name: string) => Number(node.getAttribute(name));
  // A computed colour is `rgb(…)` when opaque, `rgba(…)` when not (or in another space: then taken as not opaque).
  const bg = getComputedStyle(axis).fill;
  const names = [...svg.querySelectorAll('.lane-label')];
  const name = names[0] ? getComputedStyle(names[0]) : text;
  const lang = names[0]?.closest('[lang]')?.getAttribute('lang') || undefined;
  const palette = {
    colours, bg, opaque: /^rgb\(/.test(bg), fg: text.fill, font: text.fontFamily, grid: stroke(false), majorGrid: stroke(true),
    lanes: [...svg.querySelectorAll('.lane-bg')].map((r) => ({ y: number(r, 'y'), height: number(r, 'height'), fill: getComputedStyle(r).fill })),
    laneNames: names.map((t) => ({
      text: name.textTransform === 'uppercase' ? t.textContent!.toLocaleUpperCase(lang) : t.textContent!,
      x: number(t, 'x'),
      y: number(t, 'y'),
    })),
    laneFont: fontOf(name), laneColour: name.fill, laneSpacing: name.letterSpacing,
    axisLine: getComputedStyle(svg.querySelector('.axis-line') ?? axis).stroke,
    tickFont: fontOf(minorTick), majorTickFont: fontOf(majorTick),
  };
  grid.remove();
  return palette.opaque || !opaqueCanvases.has(canvas) ? palette : null;
}

const paths = new Map<string, Path2D>();
/** The path of a mark's shape, made once. */
const shapeOf = (d: string) => paths.get(d) ?? paths.set(d, new Path2D(d)).get(d)!;
const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>();
/** The canvases whose context was made without an alpha channel. */
const opaqueCanvases = new WeakSet<HTMLCanvasElement>();
const hatches = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

/** Shapes of one look, painted with one call: see {@link paintFrame}. */
interface Batch {
  kind: 'bar' | 'solid' | 'band' | 'hatched' | 'arrow' | 'mark' | 'hollow';
  colour: string;
  dashed: boolean;
  path: Path2D;
}
const BATCH_ORDER: readonly Batch['kind'][] = ['bar', 'solid', 'band', 'hatched', 'arrow', 'mark', 'hollow'];
/** The opacity of each kind's fill, as the chart's styles give it. */
const FILL_ALPHA: Record<Batch['kind'], number> = { bar: 0.14, solid: 0.32, band: 0.16, hatched: 1, arrow: 1, mark: 1, hollow: 1 };

/** The hatching of an approximate date in `colour`, as the chart's `<pattern>` draws it. */
function hatch(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  let byColour = hatches.get(ctx);
  if (!byColour) hatches.set(ctx, (byColour = new Map()));
  if (!byColour.has(colour)) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 6;
    const t = tile.getContext('2d')!;
    t.fillStyle = t.strokeStyle = colour;
    t.globalAlpha = 0.1;
    t.fillRect(0, 0, 6, 6);
    t.globalAlpha = 0.6;
    t.lineWidth = 1.5;
    t.beginPath();
    t.moveTo(1, 0);
    t.lineTo(1, 6);
    t.stroke();
    const pattern = ctx.createPattern(tile, 'repeat');
    pattern?.setTransform(new DOMMatrix().rotate(45));
    byColour.set(colour, pattern);
  }
  return byColour.get(colour)!;
}

/**
 * Paints the axis, the lanes, the grid, and the events, clusters and labels of `view`'s frame on `canvas`, which lies
 * over the chart: what the plot's SVG would draw, in the colours of `palette`. The canvas is opaque, so that nothing
 * of the SVG under it changes while it shows: the browser then has nothing of the chart to lay out or paint again in
 * a frame. The canvas is `view.widthPx` CSS px wide, and its top edge lies `topPx` CSS px below the chart's top.
 */
export function paintFrame(canvas: HTMLCanvasElement, view: PlotView, palette: Palette, topPx: number): void {
  // Over an opaque background, the context has no alpha channel: the compositor then copies the canvas's frames
  // rather than blending them over the page, which halves its work in each frame of a gesture.
  let ctx = contexts.get(canvas);
  if (!ctx) {
    ctx = canvas.getContext('2d', { alpha: !palette.opaque }) ?? undefined;
    if (!ctx) return;
    contexts.set(canvas, ctx);
    if (palette.opaque) opaqueCanvases.add(canvas);
    // The hatching of every category, made now (the context is made while the page is idle) rather than in a gesture.
    for (const c of palette.colours.values()) hatch(ctx, c);
  }
  const { widthPx: w, heightPx: h, axisPx, frame } = view;
  const ratio = canvas.width / Math.max(1, w);
  const bottomPx = topPx + canvas.height / ratio;
  // The rows of marks on the canvas (nothing of a row reaches 12 px above or below its middle).
  const onCanvas = (rowYPx: number) => rowYPx > topPx - 12 && rowYPx < bottomPx + 12;
  ctx.setTransform(ratio, 0, 0, ratio, 0, -topPx * ratio);
  // The axis and the background of the lanes cover the canvas (see `paintAxis`), unless the background lets through.
  if (!palette.opaque) ctx.clearRect(0, topPx, w, bottomPx - topPx);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, axisPx, w, h - axisPx);
  ctx.clip();
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, axisPx, w, h - axisPx);
  for (const lane of palette.lanes) {
    ctx.fillStyle = lane.fill;
    ctx.fillRect(0, lane.y, w, lane.height);
  }
  ctx.fillStyle = palette.laneColour;
  ctx.font = palette.laneFont;
  ctx.letterSpacing = palette.laneSpacing;
  ctx.textAlign = 'start';
  ctx.direction = 'inherit';
  ctx.textBaseline = 'alphabetic';
  for (const t of palette.laneNames) ctx.fillText(t.text, t.x, t.y);
  ctx.letterSpacing = '0px';
  // The grid, under the marks, as the SVG draws it while the view rests (see `renderGrid`).
  ctx.lineWidth = 1;
  for (const major of [false, true]) {
    const stroke = major ? palette.majorGrid : palette.grid;
    ctx.beginPath();
    for (const t of view.ticks) {
      if (t.major !== major) continue;
      const x = mx(view, t.xPx);
      ctx.moveTo(x, axisPx);
      ctx.lineTo(x, h);
    }
    ctx.globalAlpha = stroke.alpha;
    ctx.strokeStyle = stroke.colour;
    ctx.stroke();
  }
  const colour = (cls: string) => palette.colours.get(cls) ?? palette.fg;
  // The marks, their labels and the clusters are in the frame's px, moved to the view as the SVG moves them.
  const shift = frameShiftPx(view);
  // Shapes of one look are gathered into one path each and painted together, in the SVG's order: bars, their certain
  // parts, bands, arrows, then marks. Each canvas call costs far more than adding to a path.
  const batches = new Map<string, Batch>();
  const batch = (kind: Batch['kind'], c: string, dashed = false) => {
    const key = `${kind}|${c}|${dashed ? 1 : 0}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = { kind, colour: c, dashed, path: new Path2D() }));
    return b.path;
  };
  for (const d of frame.items) {
    if (!onCanvas(d.rowYPx)) continue;
    const s = eventShapes(view, d);
    const c = colour(s.cls);
    const y = d.rowYPx;
    // Square corners: a rounded rectangle costs a path several times as much, and the view is moving.
    const rect = (path: Path2D, e: Extent) => path.rect(e.x, y - 7, e.width, 14);
    if (s.bar) rect(batch('bar', c), s.bar);
    if (s.solid) rect(batch('solid', c), s.solid);
    for (const band of s.bands) rect(batch(s.approximate ? 'hatched' : 'band', c, s.approximate), band);
    if (s.arrow) batch('arrow', c).addPath(shapeOf(s.arrow), { a: 1, b: 0, c: 0, d: 1, e: 0, f: y });
    if (s.markX !== null) {
      batch(s.fuzzy ? 'hollow' : 'mark', c, s.approximate).addPath(shapeOf(s.mark), { a: 1, b: 0, c: 0, d: 1, e: s.markX, f: y });
    }
  }
  ctx.translate(shift, 0);
  for (const kind of BATCH_ORDER) {
    for (const b of batches.values()) {
      if (b.kind !== kind) continue;
      const hollow = kind === 'hollow';
      ctx.setLineDash(b.dashed ? (kind === 'hatched' ? [3, 2] : [2.5, 1.5]) : []);
      ctx.globalAlpha = FILL_ALPHA[kind];
      ctx.fillStyle = kind === 'hatched' ? hatch(ctx, b.colour) ?? b.colour : hollow ? palette.bg : b.colour;
      ctx.fill(b.path);
      if (kind === 'solid') continue;
      ctx.globalAlpha = kind === 'band' || kind === 'hatched' ? 0.7 : 1;
      ctx.strokeStyle = kind === 'mark' ? palette.bg : b.colour;
      ctx.lineWidth = kind === 'mark' ? 1.5 : hollow ? 2 : 1;
      if (kind !== 'arrow') ctx.stroke(b.path);
    }
  }
  ctx.setLineDash([]);
  ctx.translate(-shift, 0);
  // The folds, over the marks and under the labels, as the SVG draws them: a band that breaks the spans, zigzag edges.
  for (const fold of view.folds) {
    const { x0, x1, edges } = foldEdges(view, fold);
    ctx.globalAlpha = 0.92;
    ctx.fillStyle = palette.bg;
    ctx.fillRect(x0, axisPx, x1 - x0, h - axisPx);
    ctx.globalAlpha = 0.6;
    ctx.strokeStyle = palette.fg;
    ctx.lineWidth = 1.5;
    ctx.stroke(new Path2D(edges));
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = palette.fg;
  ctx.textBaseline = 'middle';
  ctx.translate(shift, 0);
  // Setting a font is parsed every time: only when it changes.
  let font = '';
  for (const d of frame.items) {
    if (d.label.fit === 'hidden' || !onCanvas(d.rowYPx)) continue;
    const { x, direction, anchor } = labelAnchor(view, d);
    const next = `${view.selected === d.item.id ? 700 : 400} 13px ${palette.font}`;
    if (next !== font) ctx.font = font = next;
    if (ctx.direction !== direction) ctx.direction = direction;
    if (ctx.textAlign !== anchor) ctx.textAlign = anchor;
    ctx.fillText(d.text, x, d.rowYPx);
  }
  ctx.font = `700 11px ${palette.font}`;
  ctx.textAlign = 'center';
  ctx.direction = 'inherit';
  for (const cluster of frame.clusters) {
    if (!onCanvas(cluster.rowYPx)) continue;
    const { count, widthPx, centerPx } = clusterBadge(view, cluster);
    ctx.beginPath();
    ctx.roundRect(centerPx - widthPx / 2, cluster.rowYPx - 9, widthPx, 18, 9);
    ctx.fillStyle = palette.bg;
    ctx.fill();
    ctx.strokeStyle = colour(view.encoding.classOf(cluster.category));
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.fillStyle = palette.fg;
    ctx.fillText(count, centerPx, cluster.rowYPx);
  }
  ctx.restore();
  // The slashes of the folds reach a little below the axis.
  if (topPx < axisPx + 4) paintAxis(ctx, view, palette);
}

/** Paints the axis as the SVG draws it (see `renderAxis`): its background, its line broken by the folds, its ticks. */
function paintAxis(ctx: CanvasRenderingContext2D, view: PlotView, palette: Palette): void {
  const { widthPx: w, axisPx } = view;
  ctx.globalAlpha = 1;
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, 0, w, axisPx);
  ctx.strokeStyle = palette.axisLine;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, axisPx - 0.5);
  ctx.lineTo(w, axisPx - 0.5);
  ctx.stroke();
  ctx.lineWidth = 1.5;
  for (const fold of view.folds) {
    const { x0, x1, slashes } = axisBreak(view, fold);
    ctx.fillRect(x0, axisPx - 3, x1 - x0, 3);
    ctx.stroke(new Path2D(slashes));
  }
  ctx.fillStyle = palette.fg;
  ctx.textBaseline = 'alphabetic';
  ctx.direction = 'inherit';
  // The labels of one font together: setting a font costs a parse.
  for (const major of [false, true]) {
    ctx.font = major ? palette.majorTickFont : palette.tickFont;
    for (const t of view.ticks) {
      if (t.major !== major) continue;
      const { x, anchor } = tickAnchor(view, t);
      ctx.textAlign = anchor === 'middle' ? 'center' : anchor;
      ctx.fillText(t.label, x, TICK_BASELINE_PX);
    }
  }
}
