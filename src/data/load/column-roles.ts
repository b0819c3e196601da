import { LOCATION_COLUMNS } from '../ees/geography';
import { KNOWN_INDICATORS, labelFromColumn } from '../ees/indicators';
import { MISSING_SYMBOLS } from '../ees/missing-values';
import type { MetaColumn } from '../ees/meta-csv';
import { PHASE_COLUMNS } from '../ees/phase';
import type { IndicatorColumn } from '../catalogue';
import { quoteIdent, quoteLiteral } from '../sql/quote';

export interface ColumnRoles {
  phaseColumn: string | null;
  indicators: IndicatorColumn[];
  filterColumns: string[];
}

// Coded filters that look numeric (a year group is "7", not a measure of 7).
const CODED_FILTER = /(^nc_?year|year_?group|_code$|_id$|_urn$|^urn$|_laestab$|^academic_year$)/i;

const SYMBOL_LIST = Object.keys(MISSING_SYMBOLS)
  .filter((symbol) => symbol !== '')
  .map((symbol) => quoteLiteral(symbol.toLowerCase()))
  .join(', ');

/**
 * Per column of a sample of the file (a relation of text columns): how many values are neither numbers nor
 * missing-value symbols. A number is what the typed table will store as one (finite, no digit separators).
 */
export function textCountSql(relation: string, columns: readonly string[]): string {
  const counts = columns.map((column, index) => {
    const c = quoteIdent(column);
    const notNumber = `NOT coalesce(isfinite(TRY_CAST(${c} AS DOUBLE)) AND NOT contains(${c}, '_'), false)`;
    return `count(*) FILTER (WHERE ${c} IS NOT NULL AND ${notNumber} AND lower(trim(${c})) NOT IN (${SYMBOL_LIST})) AS t${index}`;
  });
  return `SELECT ${counts.join(', ')} FROM ${relation}`;
}

/**
 * Decides which columns are measures and which describe rows. The `.meta.csv` wins when given; then the built-in
 * knowledge of attendance and absence columns; then the data itself (all values numeric or missing symbols).
 */
export function assignRoles(
  columns: readonly string[],
  textCounts: ReadonlyMap<string, number>,
  meta: readonly MetaColumn[],
): ColumnRoles {
  const phaseColumn = PHASE_COLUMNS.find((name) => columns.includes(name)) ?? null;
  const metaByName = new Map(meta.map((entry) => [entry.column, entry]));
  const indicators: IndicatorColumn[] = [];
  const filterColumns: string[] = [];
  for (const column of columns) {
    if (LOCATION_COLUMNS.has(column) || column === phaseColumn) continue;
    const described = metaByName.get(column);
    const known = KNOWN_INDICATORS[column];
    const isIndicator = described
      ? described.type === 'Indicator'
      : known !== undefined || (!CODED_FILTER.test(column) && (textCounts.get(column) ?? 1) === 0);
    if (!isIndicator) {
      filterColumns.push(column);
      continue;
    }
    indicators.push({
      column,
      label: described?.label ?? known?.label ?? labelFromColumn(column),
      unit: described?.unit || known?.unit || (/(_perc|_percent|_rate)$/.test(column) ? '%' : ''),
      decimals: described?.decimals ?? known?.decimals ?? 2,
      ...(known?.concept ? { concept: known.concept } : {}),
    });
  }
  return { phaseColumn, indicators, filterColumns };
}
