import type { FilterColumn } from '../catalogue';
import { compareFilterValues } from '../ees/filter-values';
import type { SqlEngine } from '../sql-engine';
import { filterValueSql } from '../sql/filter-value';
import { quoteIdent } from '../sql/quote';
import type { ColumnRoles } from './column-roles';

/** The most values of one filter column a choice offers. */
export const MAX_FILTER_VALUES = 500;

/** Each filter column's values as a choice offers them, with its label; a list cut short says so. */
export async function distinctFilterValues(
  engine: SqlEngine,
  table: string,
  roles: ColumnRoles,
): Promise<FilterColumn[]> {
  const labels = new Map(roles.filters.map((filter) => [filter.column, filter.label]));
  return Promise.all(
    roles.filterColumns.map(async (column) => {
      // One more than is offered, to know whether the list was cut short.
      const rows = await engine.query<{ v: string }>(
        `SELECT DISTINCT ${filterValueSql(column)} AS v FROM ${quoteIdent(table)} ORDER BY v LIMIT ${MAX_FILTER_VALUES + 1}`,
      );
      return {
        column,
        label: labels.get(column) ?? column.replace(/_/g, ' '),
        // Totals first, then numbers as numbers (year groups 7, 8, … 10), then words.
        values: rows
          .slice(0, MAX_FILTER_VALUES)
          .map((row) => row.v)
          .sort(compareFilterValues),
        truncated: rows.length > MAX_FILTER_VALUES,
      };
    }),
  );
}
