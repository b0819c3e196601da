import { formatValue, roundAsPublished } from '../../data/ees/indicators';
import { explainMissing, explainPeriodGap } from '../../data/ees/missing-values';
import type { RankingRow } from '../../queries/ranking-query-options';

const formatters = new Map<string, (value: number) => string>();

/** One formatting function per decimals and unit, the same object each time, so memos that take it stay valid. */
export function figureFormatter(decimals: number, unit: string): (value: number) => string {
  const key = `${decimals}|${unit}`;
  let format = formatters.get(key);
  if (!format) {
    format = (value) => formatValue(value, decimals, unit);
    formatters.set(key, format);
  }
  return format;
}

/** A change with its sign, in percentage points for a rate (a change of a rate is not a percentage). */
export function formatChange(value: number, decimals: number, unit: string): string {
  const rounded = roundAsPublished(value, decimals);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  const text = formatValue(Math.abs(rounded), decimals, '');
  return unit === '%' ? `${sign}${text} pp` : unit ? `${sign}${text} ${unit}` : `${sign}${text}`;
}

export const changeUnit = (unit: string): string => (unit === '%' ? 'percentage points' : unit || 'units');

/** Why one period's value is missing: the 2019/20 gap has its own sentence; otherwise the file's symbol. */
export function explainValueGap(period: string | null, flag: string | null, grain: string): string {
  if (!period) return 'No period to read.';
  return explainPeriodGap(period, grain) ?? `No ${period} figure: ${explainMissing(flag)}.`;
}

/** Why a change cannot be worked out: no latest figure, no earlier period, or no figure in the earlier period. */
export function explainChangeGap(row: RankingRow, against: 'previous' | 'baseline', grain: string): string {
  if (row.latest_value === null) return explainValueGap(row.latest_period, row.latest_flag, grain);
  const period = against === 'previous' ? row.previous_period : row.baseline_period;
  if (!period)
    return against === 'previous'
      ? 'No earlier period in this dataset to compare with.'
      : 'The dataset has no baseline period to compare with.';
  const flag = against === 'previous' ? row.previous_flag : row.baseline_flag;
  return explainValueGap(period, flag, grain);
}

/** Authorities with no latest figure, grouped by the reason: "Cumbria, Poole (No 2024/25 figure: …)". */
export function unrankedNote(rows: readonly RankingRow[], grain: string): string {
  const byReason = new Map<string, string[]>();
  for (const row of rows) {
    const reason = explainValueGap(row.latest_period, row.latest_flag, grain);
    byReason.set(reason, [...(byReason.get(reason) ?? []), row.la_name ?? row.la_key]);
  }
  return [...byReason].map(([reason, names]) => `${names.join(', ')} (${reason})`).join('; ');
}
