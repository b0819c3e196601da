import { GEOGRAPHIC_LEVELS, LEVEL_COLUMNS } from '../ees/geography';
import { phaseSql } from '../ees/phase';
import { quoteIdent, quoteLiteral } from './quote';

/** Periods of every loaded dataset, computed in TypeScript from EES conventions and joined by the views. */
export const PERIODS_TABLE = 'lens_periods';

export const CREATE_PERIODS_TABLE = `CREATE TABLE IF NOT EXISTS ${PERIODS_TABLE} (
  dataset VARCHAR, time_period VARCHAR, time_identifier VARCHAR,
  label VARCHAR, grain VARCHAR, start_date VARCHAR, end_date VARCHAR, mid DOUBLE)`;

export interface TidySource {
  id: string;
  /** The file's columns as a view, for analysts' own SQL. */
  table: string;
  /** The view every query reads: the tidy table with its periods. */
  view: string;
  /** Where the rows are stored, once, with the tidy columns computed while the file is read. */
  tidy: string;
  columns: readonly string[];
  phaseColumn: string | null;
}

const column = (source: TidySource, name: string): string =>
  source.columns.includes(name) ? `trim(r.${quoteIdent(name)})` : 'NULL';

function byLevel(source: TidySource, levelSql: string, pick: 'codeColumn' | 'nameColumn'): string {
  const branches = GEOGRAPHIC_LEVELS.filter((level) => source.columns.includes(level[pick])).map(
    (level) => `WHEN ${quoteLiteral(level.level.toLowerCase())} THEN ${column(source, level[pick])}`,
  );
  const fallback = pick === 'nameColumn' ? `trim(${levelSql})` : 'NULL';
  return branches.length
    ? `CASE lower(trim(${levelSql})) ${branches.join(' ')} ELSE ${fallback} END`
    : fallback;
}

/** Columns the view adds from the periods; a file column of the same name stays in the table, hidden in the view. */
const PERIOD_COLUMNS = ['period', 'grain', 'period_start', 'period_end', 'period_mid'];

/** Names the tidy table gives its own columns; a file column of the same name is replaced by the tidy one. */
const TIDY_COLUMNS = [
  'time_identifier',
  'level',
  'area_code',
  'area_name',
  'region_code',
  'region_name',
  'la_code',
  'old_la_code',
  'phase',
] as const;

/**
 * The select list that turns a file's rows into the tidy shape — where (level, area, region, local authority) and
 * which phase, then the file's own columns, with indicators as published (text, so a suppression symbol survives
 * beside the number). It runs while DuckDB reads the file, so the rows are stored once.
 */
export function tidySelectSql(source: TidySource): string {
  const levelColumn = LEVEL_COLUMNS.find((name) => source.columns.includes(name)) ?? 'geographic_level';
  const levelSql = `r.${quoteIdent(levelColumn)}`;
  const reserved = new Set<string>(TIDY_COLUMNS);
  const own = source.columns.filter((name) => !reserved.has(name)).map((name) => `r.${quoteIdent(name)}`);
  return [
    `${column(source, 'time_identifier')} AS time_identifier`,
    `trim(${levelSql}) AS level`,
    `${byLevel(source, levelSql, 'codeColumn')} AS area_code`,
    `${byLevel(source, levelSql, 'nameColumn')} AS area_name`,
    `${column(source, 'region_code')} AS region_code`,
    `${column(source, 'region_name')} AS region_name`,
    `${column(source, 'new_la_code')} AS la_code`,
    `${column(source, 'old_la_code')} AS old_la_code`,
    `${phaseSql(source.phaseColumn ? `r.${quoteIdent(source.phaseColumn)}` : null)} AS phase`,
    ...own,
  ].join(',\n  ');
}

/** When: each row's period label, grain and dates, joined from the periods computed in TypeScript. */
export function tidyViewSql(source: TidySource): string {
  const hidden = PERIOD_COLUMNS.filter((name) => source.columns.includes(name));
  return `CREATE OR REPLACE VIEW ${quoteIdent(source.view)} AS SELECT
  coalesce(p.label, trim(t.time_period) || ' ' || t.time_identifier) AS period,
  coalesce(p.grain, 'Unknown') AS grain, p.start_date AS period_start, p.end_date AS period_end, p.mid AS period_mid,
  t.*${hidden.length ? ` EXCLUDE (${hidden.map(quoteIdent).join(', ')})` : ''}
FROM ${quoteIdent(source.tidy)} t LEFT JOIN ${PERIODS_TABLE} p
  ON p.dataset = ${quoteLiteral(source.id)} AND p.time_period = t.time_period AND p.time_identifier = t.time_identifier`;
}

/**
 * The file's own columns, in the file's order, over the tidy table (which holds them all), so the data is kept
 * once. Codes, the level and the time identifier come back trimmed of the padding some DfE files carry.
 */
export function fileViewSql(source: TidySource): string {
  const levelColumn = LEVEL_COLUMNS.find((name) => source.columns.includes(name));
  const select = source.columns.map((name) =>
    name === levelColumn ? `level AS ${quoteIdent(name)}` : quoteIdent(name),
  );
  return `CREATE OR REPLACE VIEW ${quoteIdent(source.table)} AS SELECT ${select.join(', ')} FROM ${quoteIdent(source.tidy)}`;
}

/** The numeric value of an indicator column, NULL for a symbol or blank. */
export const valueSql = (name: string): string => `TRY_CAST(trim(${quoteIdent(name)}) AS DOUBLE)`;

/** The symbol that stands where a number is missing (empty text for a blank), NULL when there is a number. */
export const flagSql = (name: string): string =>
  `CASE WHEN ${valueSql(name)} IS NULL THEN coalesce(trim(${quoteIdent(name)}), '') END`;
