import type { Interval } from '../../../analysis/analysis-types';

const number = (value: number, decimals: number): string =>
  Math.abs(value).toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

/** A signed difference of rates: "+0.36 pp", "−0.12 pp", "0.00 pp". */
export function signedPp(value: number, decimals = 2): string {
  const shown = number(value, decimals);
  if (Number(shown) === 0) return `${number(0, decimals)} pp`;
  return `${value > 0 ? '+' : '−'}${shown} pp`;
}

/** Beyond this a bound is so close to zero that "0" is its honest reading; it keeps its sign all the same. */
const MOST_DECIMALS = 6;

/** The fewest decimals (at least `decimals`) at which a non-zero bound neither rounds to zero nor loses its sign. */
function decimalsKeepingSign(bound: number, decimals: number): number {
  if (bound === 0) return decimals;
  let places = decimals;
  while (places < MOST_DECIMALS && Number(Math.abs(bound).toFixed(places)) === 0) places += 1;
  return places;
}

function signedBound(bound: number, decimals: number): string {
  if (bound === 0) return number(0, decimals);
  return `${bound > 0 ? '+' : '−'}${number(bound, decimals)}`;
}

/**
 * "−0.05 to +0.12 pp". A bound is never rounded to or across zero: both bounds get as many decimals as the one
 * nearer zero needs to keep its sign, so "−0.002 to +0.047" never reads "0.00 to +0.05".
 */
export function intervalText(interval: Interval, decimals = 2): string {
  const places = Math.max(
    decimalsKeepingSign(interval.lower, decimals),
    decimalsKeepingSign(interval.upper, decimals),
  );
  return `${signedBound(interval.lower, places)} to ${signedBound(interval.upper, places)} pp`;
}

export const percent = (value: number | null, decimals = 2): string =>
  value === null ? 'no figure' : `${number(value, decimals)}%`;
