import { quoteIdent, quoteLiteral } from './quote';
import { flagSql, valueSql } from './tidy-view';

export interface ObservationSource {
  id: string;
  view: string;
  filterColumns: readonly string[];
  indicatorColumns: readonly string[];
}

/**
 * The long form of every loaded dataset — one row per dataset, period, area, phase, breakdown and indicator — for
 * analysts' own SQL. Charts read the same tidy views one indicator at a time, which is the same slice without the
 * cost of unpivoting every column.
 */
export function observationsViewSql(sources: readonly ObservationSource[]): string {
  const slices = sources.flatMap((source) => {
    const breakdown = source.filterColumns.length
      ? `concat_ws('; ', ${source.filterColumns.map((name) => `${quoteLiteral(`${name}=`)} || ${quoteIdent(name)}`).join(', ')})`
      : "''";
    return source.indicatorColumns.map(
      (name) =>
        `SELECT ${quoteLiteral(source.id)} AS dataset, period, grain, period_start, period_end, level, area_code, area_name, region_code, phase, ${breakdown} AS breakdown, ${quoteLiteral(name)} AS indicator, ${valueSql(name)} AS value, ${flagSql(name)} AS flag FROM ${quoteIdent(source.view)}`,
    );
  });
  const body = slices.length
    ? slices.join('\nUNION ALL ')
    : 'SELECT NULL::VARCHAR AS dataset, NULL::VARCHAR AS period, NULL::VARCHAR AS grain, NULL::VARCHAR AS period_start, NULL::VARCHAR AS period_end, NULL::VARCHAR AS level, NULL::VARCHAR AS area_code, NULL::VARCHAR AS area_name, NULL::VARCHAR AS region_code, NULL::VARCHAR AS phase, NULL::VARCHAR AS breakdown, NULL::VARCHAR AS indicator, NULL::DOUBLE AS value, NULL::VARCHAR AS flag WHERE false';
  return `CREATE OR REPLACE VIEW observations AS ${body}`;
}
