import { quoteIdent, quoteLiteral } from './quote';
import { flagSql, valueSql } from './tidy-view';

export interface ObservationSource {
  id: string;
  view: string;
  filterColumns: readonly string[];
  indicatorColumns: readonly string[];
}

const EMPTY = `SELECT NULL::VARCHAR AS dataset, NULL::VARCHAR AS period, NULL::VARCHAR AS grain,
  NULL::VARCHAR AS period_start, NULL::VARCHAR AS period_end, NULL::VARCHAR AS level, NULL::VARCHAR AS area_code,
  NULL::VARCHAR AS area_name, NULL::VARCHAR AS region_code, NULL::VARCHAR AS phase, NULL::VARCHAR AS breakdown,
  NULL::VARCHAR AS indicator, NULL::DOUBLE AS value, NULL::VARCHAR AS flag WHERE false`;

/**
 * One dataset in long form. Each row of the view is unnested into one row per indicator: three lists of the same
 * length (names, values, flags) are unnested side by side. The statement grows in width, not depth, with the number
 * of indicators; one `UNION ALL` per indicator nested past DuckDB's expression depth at about 1,000 columns, and at
 * 800 it exhausted the browser engine's stack.
 */
function datasetSliceSql(source: ObservationSource): string {
  const breakdown = source.filterColumns.length
    ? `concat_ws('; ', ${source.filterColumns.map((name) => `${quoteLiteral(`${name}=`)} || ${quoteIdent(name)}`).join(', ')})`
    : "''";
  const names = source.indicatorColumns.map(quoteLiteral).join(', ');
  const values = source.indicatorColumns.map(valueSql).join(', ');
  const flags = source.indicatorColumns.map(flagSql).join(', ');
  return `SELECT ${quoteLiteral(source.id)} AS dataset, period, grain, period_start, period_end, level, area_code,
  area_name, region_code, phase, ${breakdown} AS breakdown,
  unnest([${names}]) AS indicator, unnest([${values}]) AS value, unnest([${flags}]) AS flag
FROM ${quoteIdent(source.view)}`;
}

/** Joins the slices as a balanced tree, so a hundred datasets nest seven deep rather than a hundred. */
function unionAll(slices: readonly string[]): string {
  if (slices.length === 1) return slices[0] ?? EMPTY;
  const middle = Math.ceil(slices.length / 2);
  return `SELECT * FROM (${unionAll(slices.slice(0, middle))}\nUNION ALL\n${unionAll(slices.slice(middle))})`;
}

/**
 * The long form of every loaded dataset — one row per dataset, period, area, phase, breakdown and indicator — for
 * analysts' own SQL. Charts read the tidy views one indicator at a time, which is the same slice without the cost of
 * unpivoting every column.
 */
export function observationsViewSql(sources: readonly ObservationSource[]): string {
  const slices = sources.filter((source) => source.indicatorColumns.length > 0).map(datasetSliceSql);
  return `CREATE OR REPLACE VIEW observations AS ${slices.length ? unionAll(slices) : EMPTY}`;
}
