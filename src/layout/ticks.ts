import type { TimeScale } from './scale.js';
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3-time';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfYear } from 'date-fns/startOfYear';
import { DEFAULT_DATE_LOCALE, FIRST_CE_MS, formatUtcDate } from '../data/format-date.js';

const DAY_MS = 86_400_000;

/** One labelled tick of a time axis. */
export interface AxisTick {
  /** The tick's instant, in UTC epoch ms (a UTC midnight). */
  ms: number;
  /** Where the scale puts it, in px. */
  xPx: number;
  /** The text to draw, in UTC and English (`2012`, `Mar`, `Jan 2016`, `5 Mar`, `1 Apr 2016`). */
  label: string;
  /**
   * Whether this is the first tick of a larger unit: of a year on a month axis, of a month on a day axis.
   * Always `false` on a year axis.
   */
  major: boolean;
}

interface TickLevel {
  unit: 'year' | 'month' | 'day';
  interval: TimeInterval;
  /** The shortest gap between two ticks of this level, so the level is only used when it fits `spacingPx`. */
  minStepMs: number;
}

const FINE_LEVELS: readonly TickLevel[] = [
  { unit: 'day', interval: utcDay, minStepMs: DAY_MS },
  { unit: 'day', interval: everyOrThrow(utcDay, 2), minStepMs: 2 * DAY_MS },
  { unit: 'day', interval: utcWeek, minStepMs: 7 * DAY_MS },
  { unit: 'month', interval: utcMonth, minStepMs: 28 * DAY_MS },
  // January to March of a common year is the shortest quarter.
  { unit: 'month', interval: everyOrThrow(utcMonth, 3), minStepMs: 90 * DAY_MS },
];

/** Year steps grow 1, 2, 5, 10, 20, 50, … until they fit; past this many years the axis is left empty. */
const MAX_YEAR_STEP = 1e7;

const FORMATS = {
  year: { short: 'year', long: 'year' },
  month: { short: 'month-short', long: 'month-year-short' },
  day: { short: 'day-month-short', long: 'day-month-year-short' },
} as const;

/**
 * Ticks for the visible part of `scale` (its current domain), at most about one per `spacingPx`: the finest of
 * days, every other day, weeks (Sundays), months, quarters, and years (steps of 1, 2, 5, 10, 20, …) whose
 * shortest gap is at least `spacingPx` wide. Days are the finest unit, however far the scale is zoomed in.
 *
 * Tick instants come from d3's `scale.ticks(interval)`, so at most `widthPx / spacingPx + 1` ticks are
 * returned. Labels come from {@link formatUtcDate} in `locale` (default British English), always in UTC, so
 * they do not depend on the browser's time zone:
 * years `y` (`2012`); months `MMM` (`Mar`); days `d MMM` (`5 Mar`). A month or day label gets the year
 * (`Jan 2016`, `1 Apr 2016`) on the first tick and on a major tick, so the year is always in view and is
 * repeated only where it changes.
 *
 * @param scale - A UTC time scale; its domain is the visible time and its range the visible pixels.
 * @param spacingPx - The least distance wanted between two ticks, in px; default 90.
 * @param locale - The BCP 47 locale of the labels; default `en-GB`.
 */
export function axisTicks(
  scale: TimeScale,
  spacingPx = 90,
  locale: string = DEFAULT_DATE_LOCALE,
): AxisTick[] {
  const [d0, d1] = scale.domain().map((d) => d.getTime());
  const [r0, r1] = scale.range();
  const spanMs = Math.abs(d1 - d0);
  const widthPx = Math.abs(r1 - r0);
  if (!(spanMs > 0) || !(widthPx > 0) || !Number.isFinite(spanMs) || !Number.isFinite(widthPx)) return [];
  const pxPerMs = widthPx / spanMs;
  const level = chooseLevel(pxPerMs, spacingPx > 0 ? spacingPx : 1);
  if (level === undefined) return [];

  // A step of years falls on multiples of itself, counted astronomically: -600, which is 601 BCE. Before 1 CE each
  // tick moves a year on, to 600 BCE, as round as the ticks after it (and one a year before the view may move in).
  const [lo, hi] = d0 < d1 ? [d0, d1] : [d1, d0];
  const instantsMs = dropShortGaps(
    level.unit === 'year' && level.minStepMs > 365 * DAY_MS && lo < FIRST_CE_MS
      ? level.interval
          .range(utcYear.offset(new Date(lo), -1), new Date(hi + 1))
          .map((d) => (d.getTime() < FIRST_CE_MS ? utcYear.offset(d, 1).getTime() : d.getTime()))
          .filter((ms) => ms >= lo && ms <= hi)
      : scale.ticks(level.interval).map((d) => d.getTime()),
    level.minStepMs,
  );
  const formats = FORMATS[level.unit];
  return instantsMs.map((ms, i) => {
    const major = isMajor(level, ms);
    let label = formatUtcDate(ms, formats.short, locale);
    if (i === 0 || major) label = formatUtcDate(ms, formats.long, locale);
    return { ms, xPx: scale(ms), label, major };
  });
}

function chooseLevel(pxPerMs: number, spacingPx: number): TickLevel | undefined {
  const fits = (stepMs: number) => stepMs * pxPerMs >= spacingPx;
  const fine = FINE_LEVELS.find((level) => fits(level.minStepMs));
  if (fine) return fine;
  for (let years = 1; years <= MAX_YEAR_STEP; years *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = years * factor;
      if (fits(step * 365 * DAY_MS)) {
        return { unit: 'year', interval: everyOrThrow(utcYear, step), minStepMs: step * 365 * DAY_MS };
      }
    }
  }
  return undefined;
}

/**
 * d3's `every(2)` restarts at each month (…, 29, 31, 1), leaving a one-day gap; drop the tick before any gap
 * shorter than the level's step so that neighbouring labels keep their spacing.
 */
function dropShortGaps(instantsMs: number[], minStepMs: number): number[] {
  return instantsMs.filter((ms, i) => i === instantsMs.length - 1 || instantsMs[i + 1] - ms >= minStepMs);
}

/** A tick opens a larger unit when the tick one step before it would fall in the previous unit. */
function isMajor(level: TickLevel, ms: number): boolean {
  if (level.unit === 'year') return false;
  const date = new UTCDateMini(ms);
  const unitStart = level.unit === 'month' ? startOfYear(date) : startOfMonth(date);
  return ms - level.minStepMs < unitStart.getTime();
}

function everyOrThrow(interval: { every(step: number): TimeInterval | null }, step: number): TimeInterval {
  const every = interval.every(step);
  if (every === null) throw new RangeError(`no time interval every ${step}`);
  return every;
}

/**
 * {@link axisTicks} for a scale that may be folded (a piecewise domain, see `foldedScale`): the ticks of each
 * stretch between folds that is in view, each stretch with its own step (a fold's two sides are drawn to different
 * scales), and none inside a fold. A tick closer than half `spacingPx` to the one before it (across a fold) is left
 * out. `x` is the zoomed scale; the view is `[0, widthPx]`.
 */
export function foldedAxisTicks(x: TimeScale, widthPx: number, spacingPx = 90, locale: string = DEFAULT_DATE_LOCALE): AxisTick[] {
  const domain = x.domain();
  const range = x.range();
  const ticks: AxisTick[] = [];
  for (let i = 0; i + 1 < domain.length; i += 2) {
    const fromPx = Math.max(0, Math.min(range[i], range[i + 1]));
    const toPx = Math.min(widthPx, Math.max(range[i], range[i + 1]));
    if (!(toPx - fromPx >= 1)) continue;
    const stretch = x.copy().domain([x.invert(fromPx), x.invert(toPx)]).range([fromPx, toPx]);
    for (const tick of axisTicks(stretch, spacingPx, locale)) {
      const before = ticks[ticks.length - 1];
      if (!before || tick.xPx - before.xPx >= spacingPx / 2) ticks.push(tick);
    }
  }
  return ticks;
}
