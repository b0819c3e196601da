import { filterValueSql } from './filter-value';
import { quoteIdent } from './quote';

/** Enough combinations to choose from in any real file; a file with more still gets defaults from these. */
export const MAX_COMBINATIONS = 5000;

/**
 * The combinations of filter values that exist in a dataset's view (for one phase), each value as the filters
 * offer it, so defaults can be chosen from rows that exist. Columns come from the catalogue; the phase is a parameter.
 */
export function filterCombinationsQuery(
  view: string,
  columns: readonly string[],
  phase: string | null,
  area: { level: string; code: string } | null = null,
): { sql: string; params: string[] } {
  const values = columns.map((column, i) => `${filterValueSql(column)} AS f${i}`).join(', ');
  const where: string[] = [];
  const params: string[] = [];
  if (phase !== null) {
    where.push('phase = ?');
    params.push(phase);
  }
  // One area (a school) has its own combinations: its academy type, never the file's "Total" rows.
  if (area) {
    where.push('level = ? AND area_code = ?');
    params.push(area.level, area.code);
  }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const names = columns.map((_, i) => `f${i}`).join(', ');
  // Whether some period and area has more than one row under the combination: a file that repeats its rows
  // (level_2_3_sfla triples every "Total" row with different figures) draws only gaps there, so it is no default.
  return {
    sql: `SELECT ${names}, bool_or(n > 1) AS ${REPEATS} FROM (
  SELECT ${values}, period, level, area_code, count(*) AS n FROM ${quoteIdent(view)}${clause} GROUP BY ALL)
GROUP BY ALL LIMIT ${MAX_COMBINATIONS}`,
    params,
  };
}

const REPEATS = 'lens_repeats';

/** The combinations (as {@link readCombinations} gives them) under which some period and area has several rows. */
export function repeatedCombinations<C>(
  rows: readonly Readonly<Record<string, unknown>>[],
  combinations: readonly C[],
): Set<C> {
  return new Set(combinations.filter((_, i) => rows[i]?.[REPEATS] === true));
}

/** The rows of `filterCombinationsQuery` keyed by column name. */
export function readCombinations(
  rows: readonly Readonly<Record<string, unknown>>[],
  columns: readonly string[],
): Record<string, string>[] {
  return rows.map((row) =>
    Object.fromEntries(columns.map((column, i) => [column, String(row[`f${i}`] ?? '')])),
  );
}
