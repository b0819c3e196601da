import type { Dataset } from '../catalogue';
import { flagSql } from './tidy-view';

/** The columns that say how many schools a figure counts, and how many were open. */
export interface SchoolsColumns {
  reporting: string;
  total: string;
}

/**
 * The daily collection's files carry `num_schools` (schools reporting, a mean over the period's days) and
 * `total_num_schools` (schools open, from GIAS). Coverage rose from about 80% of schools in 2022/23 to 97% in
 * 2024/25, so a figure is shown with the schools behind it. Both must be read as numbers, or neither is used.
 */
export function schoolsColumnsOf(dataset: Pick<Dataset, 'indicators'> | undefined): SchoolsColumns | null {
  const numeric = new Set(dataset?.indicators.map((indicator) => indicator.column));
  return numeric.has('num_schools') && numeric.has('total_num_schools')
    ? { reporting: 'num_schools', total: 'total_num_schools' }
    : null;
}

/** The schools columns to read beside an indicator: none when the file has none, or the indicator is one of them. */
export function schoolsBeside(
  dataset: Pick<Dataset, 'indicators'> | undefined,
  indicator: string,
): SchoolsColumns | null {
  const columns = schoolsColumnsOf(dataset);
  return columns && !Object.values(columns).includes(indicator) ? columns : null;
}

/** The select list's two schools columns: the named columns, or NULL where the file has none. */
export function schoolsSelectSql(
  columns: SchoolsColumns | null | undefined,
  quote: (name: string) => string,
) {
  return columns
    ? `${quote(columns.reporting)} AS schools, ${quote(columns.total)} AS schools_total`
    : 'NULL::DOUBLE AS schools, NULL::DOUBLE AS schools_total';
}

/**
 * The two schools columns with what the file holds where either is not a number (`c`, `NA`…), so a missing count
 * is shown as a gap with its reason, never as 0. NULL flags where the file has no such columns.
 */
export function schoolsWithFlagsSql(
  columns: SchoolsColumns | null | undefined,
  quote: (name: string) => string,
) {
  const flags = columns
    ? `${flagSql(columns.reporting)} AS schools_flag, ${flagSql(columns.total)} AS schools_total_flag`
    : 'NULL::VARCHAR AS schools_flag, NULL::VARCHAR AS schools_total_flag';
  return `${schoolsSelectSql(columns, quote)}, ${flags}`;
}
