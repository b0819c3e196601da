import type { SeriesInputRow } from '../../charts/series-model';
import { NO_ROW } from '../../data/ees/missing-values';
import { parsePeriod, periodMidpoint } from '../../data/ees/time-periods';
import type { CharacteristicsRow } from '../../queries/characteristics-query-options';
import type { Characteristic } from './characteristics-choices';

/** The line of all pupils: drawn with emphasis, like England in the trends view. */
export const ALL_PUPILS = 'all';
/** DfE's group for enrolments with no recorded value of the characteristic. */
export const UNCLASSIFIED = 'group:Unclassified';

export interface GroupLine {
  key: string;
  name: string;
}

export const groupKey = (row: CharacteristicsRow): string =>
  row.is_total ? ALL_PUPILS : `group:${row.group_value ?? ''}`;

export function groupName(row: CharacteristicsRow, characteristic: Characteristic): string {
  if (row.is_total) return 'All pupils';
  return row.group_value ? characteristic.groupName(row.group_value) : '(blank)';
}

/** The groups in the order the query gives them (year groups by number), all pupils first. */
export function groupLines(rows: readonly CharacteristicsRow[], characteristic: Characteristic): GroupLine[] {
  const lines = new Map<string, GroupLine>();
  for (const row of [...rows.filter((r) => r.is_total), ...rows.filter((r) => !r.is_total)])
    if (!lines.has(groupKey(row)))
      lines.set(groupKey(row), { key: groupKey(row), name: groupName(row, characteristic) });
  return [...lines.values()];
}

const ACADEMIC_YEAR = /^\d{4}\/\d{2}$/;
const startYear = (row: { period_start: string | null }) => Number(row.period_start?.slice(0, 4) ?? NaN);

/**
 * Groups become the lines the shared chart draws per area. Academic years the file has no rows for (2019/20) get a
 * gap: one year missing between annual points is too short for the chart to see a break by itself.
 */
export function toSeriesRows(
  rows: readonly CharacteristicsRow[],
  characteristic: Characteristic,
): SeriesInputRow[] {
  const series: SeriesInputRow[] = rows.map((row) => ({
    period: row.period,
    period_start: row.period_start,
    period_end: row.period_end,
    period_mid: row.period_mid,
    area_code: groupKey(row),
    area_name: groupName(row, characteristic),
    value: row.value,
    flag: row.flag,
  }));
  if (!rows.every((row) => ACADEMIC_YEAR.test(row.period))) return series;
  const years = [...new Set(rows.map(startYear).filter(Number.isFinite))].sort((a, b) => a - b);
  const lines = groupLines(rows, characteristic);
  for (let year = (years[0] ?? 0) + 1; year < (years.at(-1) ?? 0); year++) {
    if (years.includes(year)) continue;
    const period = parsePeriod(`${year}${String((year + 1) % 100).padStart(2, '0')}`, 'Academic year');
    if (!period) continue;
    for (const line of lines)
      series.push({
        period: period.label,
        period_start: period.start,
        period_end: period.end,
        period_mid: periodMidpoint(period),
        area_code: line.key,
        area_name: line.name,
        value: null,
        flag: NO_ROW,
      });
  }
  return series;
}
