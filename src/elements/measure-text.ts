import { codePointEnd, ESTIMATE_SPARE } from '../layout/labels.js';

/**
 * Measures text widths in px for a CSS font, with a cache. Labels are laid out before they are drawn, so their
 * widths come from a canvas rather than from the DOM (no layout thrashing, and it works while the element is hidden).
 *
 * A text with spaces is measured word by word, as the engine's own text layout does: its width is the sum of its
 * words' widths and its spaces', and titles share most of their words, so a thousand labels cost a few hundred
 * measurements instead of a thousand. That sum is exact unless the font kerns or joins glyphs across a space, which
 * the first text with a space shows: the measurer then measures every text whole.
 */
export class TextMeasurer {
  private readonly _cache = new Map<string, number>();
  /** Estimates of texts not measured, kept as well: each frame of a gesture estimates the labels of the last. */
  private readonly _estimates = new Map<string, number>();
  private _context: CanvasRenderingContext2D | null | undefined;
  /** Whether words can be summed: unknown until the first text with a space is measured both ways. */
  private _byWords: boolean | undefined;

  constructor(private readonly _font: string) {}

  /** The width of `text` in px. Without a canvas (very old engines, a server), an estimate from its length. */
  measure = (text: string): number => {
    let width = this._cache.get(text);
    if (width === undefined) {
      const words = this._byWords !== false && text.length > 1 && text.includes(' ') ? text.split(' ') : [text];
      if (words.length > 1) {
        width = (words.length - 1) * this.measure(' ');
        for (const word of words) width += this.measure(word);
        if (this._byWords === undefined) {
          const whole = this._measureWhole(text);
          this._byWords = Math.abs(whole - width) < 0.01;
          width = whole;
        }
      } else {
        width = this._measureWhole(text);
      }
      if (this._cache.size > 20000) this._cache.clear();
      this._cache.set(text, width);
    }
    return width;
  };

  /**
   * A fast estimate of the width of `text`: its width if it was measured, else the sum of its characters' widths
   * (each measured once) with a little room to spare. That sum ignores kerning and ligatures, so it is used to cut
   * labels to a width (many candidate cuts per frame), and never for the full labels that lanes are packed with.
   * A single character is measured, and its estimate is its width, the first time as every time after.
   */
  estimate = (text: string): number => {
    let width = this._cache.get(text) ?? this._estimates.get(text);
    if (width === undefined) {
      if (codePointEnd(text, 0) >= text.length) return this.measure(text);
      width = 0;
      // By index: an iterator over the characters would make an object for each of them in code not yet optimised.
      for (let i = 0, end; i < text.length; i = end) {
        end = codePointEnd(text, i);
        width += this.measure(text.slice(i, end)) * ESTIMATE_SPARE;
      }
      if (this._estimates.size > 20000) this._estimates.clear();
      this._estimates.set(text, width);
    }
    return width;
  };

  private _measureWhole(text: string): number {
    const context = this._getContext();
    return context ? context.measureText(text).width : text.length * 7;
  }

  private _getContext(): CanvasRenderingContext2D | null {
    if (this._context === undefined) {
      this._context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      if (this._context) this._context.font = this._font;
    }
    return this._context;
  }
}

/**
 * The measurer of the chart's labels (13 px, the font the styles give them), one for all the timelines of the page,
 * so that they share its canvas and the widths it has measured.
 */
export const labelMeasurer = new TextMeasurer('13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif');
