import type { Interval } from '../../analysis/analysis-types';

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

/** "−0.05 to +0.12 pp (95% CI)". */
export function intervalText(interval: Interval, decimals = 2): string {
  return `${signedPp(interval.lower, decimals).replace(' pp', '')} to ${signedPp(interval.upper, decimals)}`;
}

export const percent = (value: number | null, decimals = 2): string =>
  value === null ? 'no figure' : `${number(value, decimals)}%`;
