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
): { sql: string; params: string[] } {
  const values = columns.map((column, i) => `${filterValueSql(column)} AS f${i}`).join(', ');
  const where = phase === null ? '' : ' WHERE phase = ?';
  return {
    sql: `SELECT DISTINCT ${values} FROM ${quoteIdent(view)}${where} LIMIT ${MAX_COMBINATIONS}`,
    params: phase === null ? [] : [phase],
  };
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
