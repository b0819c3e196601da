/**
 * A value axis from zero (or the lowest value, if below zero) to a round number above the highest value; with
 * `fromZero` false, from a round number below the lowest value instead, so small changes can be seen.
 */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round ticks, about `count` of them, computed here because Recharts' own tick search works in arbitrary-precision
 * decimals and cost a noticeable share of every redraw.
 */
export function valueAxis(values: Iterable<number>, top?: number, count = 5, fromZero = true): ValueAxis {
  let low = fromZero ? 0 : Number.POSITIVE_INFINITY;
  let high = top ?? Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (top === undefined && value > high) high = value;
  }
  if (low === Number.POSITIVE_INFINITY) low = 0;
  if (!(high > low)) high = low + 1;
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw) ?? 10) * power;
  // Enough decimals to write the step exactly, so 0.1 + 0.2 never shows as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(digits)));
  return { domain: [ticks[0] ?? low, ticks[ticks.length - 1] ?? high], ticks };
}

/**
 * One formatter for every tick: `toLocaleString` with options builds a new one per call, and Recharts formats each
 * tick several times per redraw (a profile of the Trends changes put it at 10-15 ms of each).
 */
const TICK_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** A value-axis label: thousands separated (8,000,000, not 8000000), with % for percentages. */
export function formatTick(value: number, unit: string): string {
  const text = TICK_FORMAT.format(value);
  return unit === '%' ? `${text}%` : text;
}
