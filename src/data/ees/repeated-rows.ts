/**
 * Rows a file repeats: more than one row for the same period and area once every filter is pinned to one value.
 * Some genuine EES files do this (level_2_3_sfla gives England 2005/06 three "Total" rows with different figures,
 * nothing in the row telling them apart). A chart must not draw whichever row came first, nor add them up (a rate
 * does not add): a repeat with different figures is a gap that says so, and the repeats are listed for the user.
 * Rows that repeat the same figure are drawn once and listed too, so nothing about the file is hidden.
 */

import type { Dataset } from '../catalogue';
import { TIME_COLUMNS } from './geography';

/** The file's columns the app offers no choice of (nor draws): where rows repeat, one of them may tell them apart. */
export function unofferedColumns(dataset: Dataset | undefined): string[] {
  if (!dataset) return [];
  const offered = new Set([
    ...dataset.indicators.map((i) => i.column),
    ...dataset.filters.map((f) => f.column),
    ...TIME_COLUMNS,
    // The view's own period columns hide a file column of the same name.
    ...['period', 'grain', 'period_start', 'period_end', 'period_mid'],
  ]);
  return dataset.columns.filter((column) => !offered.has(column));
}

/** The flag of a gap left where the file has several rows with different figures: `repeated:<count>`. */
const REPEATED_PREFIX = 'repeated:';

export const repeatedFlag = (count: number): string => `${REPEATED_PREFIX}${count}`;

/** The number of rows a `repeated:<count>` flag stands for, or null for any other flag. */
export function repeatedCount(flag: string | null | undefined): number | null {
  if (!flag?.startsWith(REPEATED_PREFIX)) return null;
  const count = Number(flag.slice(REPEATED_PREFIX.length));
  return Number.isInteger(count) && count > 1 ? count : null;
}

export interface RowOfPeriodAndArea {
  period: string;
  area_code: string | null;
  area_name: string | null;
  value: number | null;
  flag: string | null;
}

export interface RepeatedRows {
  period: string;
  areaCode: string | null;
  areaName: string | null;
  /** Each row's figure (null where the row holds a symbol), in the order the query returned them. */
  values: (number | null)[];
  /** Each row's symbol, where it has one. */
  flags: (string | null)[];
  /** Every row says the same: drawn once. Otherwise the point is a gap. */
  same: boolean;
}

// Runs under every series query (66,000 rows for a long series): a plain string, not JSON, and no grouping at all
// when no period and area repeats, which is nearly always.
const keyOf = (row: RowOfPeriodAndArea): string => `${row.period}\u0000${row.area_code ?? '\u0001'}`;

/** Whether any period and area come twice: the areas seen per period, so no key is built for each row. */
function hasRepeats(rows: readonly RowOfPeriodAndArea[]): boolean {
  const seen = new Map<string, Set<string | null>>();
  for (const row of rows) {
    let areas = seen.get(row.period);
    if (!areas) seen.set(row.period, (areas = new Set()));
    if (areas.has(row.area_code)) return true;
    areas.add(row.area_code);
  }
  return false;
}

/**
 * One row per period and area: a group of rows with the same figure becomes that row; a group with different
 * figures becomes a gap flagged {@link repeatedFlag}. Returns the rows, in the order first seen, and each repeat.
 */
export function separateRepeats<Row extends RowOfPeriodAndArea>(
  rows: readonly Row[],
): { rows: Row[]; repeats: RepeatedRows[] } {
  if (!hasRepeats(rows)) return { rows: [...rows], repeats: [] };
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const kept: Row[] = [];
  const repeats: RepeatedRows[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    if (group.length === 1) {
      kept.push(first);
      continue;
    }
    const same = group.every((row) => row.value === first.value && (row.flag ?? '') === (first.flag ?? ''));
    repeats.push({
      period: first.period,
      areaCode: first.area_code,
      areaName: first.area_name,
      values: group.map((row) => row.value),
      flags: group.map((row) => row.flag),
      same,
    });
    kept.push(same ? first : { ...first, value: null, flag: repeatedFlag(group.length) });
  }
  return { rows: kept, repeats };
}
