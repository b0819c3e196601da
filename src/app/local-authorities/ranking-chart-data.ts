import { ENGLAND } from '../../data/ees/geography';
import type { RankingRow } from '../../queries/ranking-query-options';
import type { RankedBar, ReferenceValue } from './ranking-chart';
import { latestSchools } from './ranking-schools';

/** The bars: every authority with a latest figure, in rank order (the query's order). */
export const rankedBars = (rows: readonly RankingRow[], counted = false): RankedBar[] =>
  rows.flatMap((row) =>
    row.rank !== null && row.latest_value !== null
      ? [
          {
            key: row.la_key,
            name: row.la_name ?? row.la_key,
            rank: row.rank,
            value: row.latest_value,
            schools: latestSchools(row, counted),
          },
        ]
      : [],
  );

/** England always; a region's line only when one region is shown (nine lines would bury the bars). */
export function referenceValues(first: RankingRow | undefined, regionName: string | null): ReferenceValue[] {
  const lines: ReferenceValue[] = [];
  if (first?.england_value != null)
    lines.push({ label: ENGLAND.name, value: first.england_value, colour: '#0b0c0c', dash: '' });
  if (regionName && first?.region_value != null)
    lines.push({ label: regionName, value: first.region_value, colour: '#b8470c', dash: '6 3' });
  return lines;
}

export const CSV_COLUMNS = [
  'rank',
  'la_code',
  'la_name',
  'region_name',
  'period',
  'indicator',
  'phase',
  'value',
  'england_value',
  'region_value',
] as const;

/** Added to the CSV when the file gives the schools behind each figure. */
export const SCHOOLS_CSV_COLUMNS = ['schools', 'schools_total'] as const;

/** Exactly the bars drawn, one row each, values at the published decimals. */
export function csvRows(
  rows: readonly RankingRow[],
  context: { indicator: string; phase: string; decimals: number },
): Record<(typeof CSV_COLUMNS)[number] | (typeof SCHOOLS_CSV_COLUMNS)[number], unknown>[] {
  return rows
    .filter((row) => row.rank !== null && row.latest_value !== null)
    .map((row) => ({
      rank: row.rank,
      la_code: row.la_code,
      la_name: row.la_name,
      region_name: row.region_name,
      period: row.latest_period,
      indicator: context.indicator,
      phase: context.phase,
      value: row.latest_value === null ? null : Number(row.latest_value.toFixed(context.decimals)),
      england_value: row.england_value,
      region_value: row.region_value,
      schools: row.schools,
      schools_total: row.schools_total,
    }));
}
