import { areaSql, levelSql, londonPartSql, regionCodeSql, regionNameSql } from '../ees/area-sql';
import { LEVEL_COLUMNS } from '../ees/geography';
import { phaseSql } from '../ees/phase';
import { quoteIdent, quoteLiteral } from './quote';

/** Periods of every loaded dataset, computed in TypeScript from EES conventions and joined by the views. */
export const PERIODS_TABLE = 'lens_periods';

/** A dated file's column of days (DfE's daily and weekly attendance files): each date is its own period. */
export const DATE_COLUMN = 'date';

export const CREATE_PERIODS_TABLE = `CREATE TABLE IF NOT EXISTS ${PERIODS_TABLE} (
  dataset VARCHAR, time_period VARCHAR, time_identifier VARCHAR,
  label VARCHAR, grain VARCHAR, start_date VARCHAR, end_date VARCHAR, mid DOUBLE, date VARCHAR)`;

export interface TidySource {
  id: string;
  /** The file's columns as a view, for analysts' own SQL. */
  table: string;
  /** The view every query reads: the tidy table with its periods. */
  view: string;
  /** Where the rows are stored, once, with the tidy columns computed while the file is read. */
  tidy: string;
  /** The attached database that holds `tidy` (a default dataset's typed file); the page's own when absent. */
  database?: string;
  columns: readonly string[];
  phaseColumn: string | null;
  /** Columns stored as numbers (DOUBLE) with a companion flag column; every other column is stored as trimmed text. */
  indicators: readonly string[];
}

/** The companion column that keeps, for a cell with no number, what the file said instead (NULL beside a number). */
export const flagColumn = (indicator: string): string => `${indicator}__flag`;

/** A file column's text, trimmed once by {@link parsedRowsSql}; NULL when the file has no such column. */
const column = (source: TidySource, name: string): string =>
  source.columns.includes(name) ? `r.${quoteIdent(name)}` : 'NULL';

/** Columns the view adds from the periods; a file column of the same name stays in the table, hidden in the view. */
const PERIOD_COLUMNS = ['period', 'grain', 'period_start', 'period_end', 'period_mid'];

/**
 * Names the tidy table gives its own columns. A file column of the same name is kept beside them as
 * {@link fileCopy} (the file view shows it under its own name), so the tidy one never hides what the file said.
 */
export const TIDY_COLUMNS = [
  'time_identifier',
  'level',
  'area_code',
  'area_name',
  'region_code',
  'region_name',
  'la_code',
  'old_la_code',
  'parent_code',
  'parent_name',
  'phase',
] as const;

/** The number parsed from an indicator's text, as the inner select of {@link parsedRowsSql} names it. */
const parsedName = (index: number): string => quoteIdent(`lens$n${index}`);
/** Whether that number is the figure (true) or the cell holds a symbol or text instead (false), never NULL. */
const isNumberName = (index: number): string => quoteIdent(`lens$ok${index}`);
/** The row's level in the standard's spelling, computed once (every area column reads it). */
const LEVEL = quoteIdent('lens$level');
/** Which part of London the row's region is, if any, computed once (the area and region columns read it). */
const LONDON_PART = quoteIdent('lens$london');

/** Where the tidy table keeps a file column whose name is one of its own (`region_code` before London was joined). */
const fileCopy = (name: string): string => quoteIdent(`file$${name}`);
const RESERVED: ReadonlySet<string> = new Set(TIDY_COLUMNS);

/**
 * File columns a tidy column holds unchanged (trimmed, never joined up), stored once under the tidy name: the file
 * view shows them under the file's own.
 */
const STORED_AS: ReadonlyMap<string, string> = new Map([
  ['time_identifier', 'time_identifier'],
  ['new_la_code', 'la_code'],
  ['old_la_code', 'old_la_code'],
]);
/** Whether the file's column is kept only in its tidy column (never an indicator, which is stored typed). */
const storedOnce = (source: TidySource) => (name: string) =>
  STORED_AS.has(name) && !source.indicators.includes(name);

const levelColumnOf = (source: TidySource): string =>
  LEVEL_COLUMNS.find((name) => source.columns.includes(name)) ?? 'geographic_level';

/**
 * A cell is a number when DuckDB can read it as one and it is finite, written without digit separators: DuckDB
 * also reads "nan", "inf" and "1_000", which no EES file means as a figure.
 */
const isNumberSql = (index: number, textSql: string): string =>
  `coalesce(isfinite(${parsedName(index)}) AND NOT contains(${textSql}, '_'), false)`;

/** Per indicator, the typed value and the flag (the symbol or text where there is no number). */
function indicatorColumnsSql(source: TidySource): string[] {
  return source.indicators.flatMap((name, index) => [
    `CASE WHEN ${isNumberName(index)} THEN ${parsedName(index)} END AS ${quoteIdent(name)}`,
    `CASE WHEN NOT ${isNumberName(index)} THEN coalesce(trim(r.${quoteIdent(name)}), '') END AS ${quoteIdent(flagColumn(name))}`,
  ]);
}

/**
 * What read_csv feeds the tidy select, in two steps: the file's rows with every text cell trimmed and each indicator
 * parsed, then what the tidy columns read more than once (the level, the part of London, whether each indicator is
 * a number). DuckDB computes an expression each time it is written, so each is written once (the same rows in 11%
 * less time than trimming and testing inside each area and flag expression, 37 MB file, Node DuckDB-WASM).
 */
export function parsedRowsSql(source: TidySource, readCsvSql: string): string {
  const indicators = new Set(source.indicators);
  const cells = source.columns.map((name) =>
    indicators.has(name) ? quoteIdent(name) : `trim(${quoteIdent(name)}) AS ${quoteIdent(name)}`,
  );
  const parsed = source.indicators.map(
    (name, index) => `TRY_CAST(${quoteIdent(name)} AS DOUBLE) AS ${parsedName(index)}`,
  );
  const cell = (name: string) => (source.columns.includes(name) ? quoteIdent(name) : 'NULL');
  const level = source.columns.includes(levelColumnOf(source))
    ? levelSql(quoteIdent(levelColumnOf(source)))
    : 'NULL::VARCHAR';
  const derived = [
    `${level} AS ${LEVEL}`,
    `${londonPartSql(cell)} AS ${LONDON_PART}`,
    ...source.indicators.map(
      (name, index) => `${isNumberSql(index, quoteIdent(name))} AS ${isNumberName(index)}`,
    ),
  ];
  return `(SELECT *, ${derived.join(', ')} FROM (SELECT ${[...cells, ...parsed].join(', ')} FROM ${readCsvSql}))`;
}

/**
 * The select list that turns a file's rows into the tidy shape — where (level, area, region, local authority) and
 * which phase, then the file's own columns: indicators typed (DOUBLE, with the symbol that stands for a missing
 * number kept in a flag column), everything else as trimmed text. It runs while DuckDB reads the file (over
 * {@link parsedRowsSql}), so the rows are stored once and no query parses text again.
 */
export function tidySelectSql(source: TidySource): string {
  const cell = (name: string) => column(source, name);
  const level = `r.${LEVEL}`;
  const londonPart = `r.${LONDON_PART}`;
  const area = areaSql(level, source.columns, cell, londonPart);
  const indicators = new Set(source.indicators);
  const isStoredOnce = storedOnce(source);
  const own = source.columns
    .filter((name) => !indicators.has(name) && !isStoredOnce(name))
    .map((name) => `r.${quoteIdent(name)} AS ${RESERVED.has(name) ? fileCopy(name) : quoteIdent(name)}`);
  return [
    `${column(source, 'time_identifier')} AS time_identifier`,
    `${level} AS level`,
    `${area.code} AS area_code`,
    `${area.name} AS area_name`,
    `${regionCodeSql(cell, londonPart)} AS region_code`,
    `${regionNameSql(cell, londonPart)} AS region_name`,
    `${column(source, 'new_la_code')} AS la_code`,
    `${column(source, 'old_la_code')} AS old_la_code`,
    `${area.parentCode} AS parent_code`,
    `${area.parentName} AS parent_name`,
    `${phaseSql(source.phaseColumn ? `r.${quoteIdent(source.phaseColumn)}` : null)} AS phase`,
    ...own,
    ...indicatorColumnsSql(source),
  ].join(',\n  ');
}

/** The stored rows' table, qualified by its database when it is not the page's own. */
const storedRows = (source: TidySource): string =>
  `${source.database ? `${quoteIdent(source.database)}.` : ''}${quoteIdent(source.tidy)}`;

/** When: each row's period label, grain and dates, joined from the periods computed in TypeScript. */
export function tidyViewSql(source: TidySource): string {
  const isStoredOnce = storedOnce(source);
  const hidden = [
    ...PERIOD_COLUMNS.filter((name) => source.columns.includes(name)).map(quoteIdent),
    ...source.columns.filter((name) => RESERVED.has(name) && !isStoredOnce(name)).map(fileCopy),
  ];
  // The view keeps the file's name for a column stored under a tidy one whose name differs.
  const renamed = source.columns
    .filter((name) => isStoredOnce(name) && STORED_AS.get(name) !== name)
    .map((name) => `, t.${quoteIdent(STORED_AS.get(name) ?? name)} AS ${quoteIdent(name)}`)
    .join('');
  return `CREATE OR REPLACE VIEW ${quoteIdent(source.view)} AS SELECT
  coalesce(p.label, trim(t.time_period) || ' ' || t.time_identifier) AS period,
  coalesce(p.grain, 'Unknown') AS grain, p.start_date AS period_start, p.end_date AS period_end, p.mid AS period_mid,
  t.*${hidden.length ? ` EXCLUDE (${hidden.join(', ')})` : ''}${renamed}
FROM ${storedRows(source)} t LEFT JOIN ${PERIODS_TABLE} p
  ON p.dataset = ${quoteLiteral(source.id)} AND p.time_period = t.time_period AND p.time_identifier = t.time_identifier
  AND p.date IS NOT DISTINCT FROM ${source.columns.includes(DATE_COLUMN) ? `t.${quoteIdent(DATE_COLUMN)}` : 'NULL'}`;
}

/**
 * The file's own columns, in the file's order, over the tidy table (which holds them all), so the data is kept
 * once. Text comes back trimmed of the padding some DfE files carry; each indicator is a number, followed by its
 * flag column (the symbol or text the file has where there is no number).
 */
export function fileViewSql(source: TidySource): string {
  const indicators = new Set(source.indicators);
  const isStoredOnce = storedOnce(source);
  const select = source.columns.flatMap((name) =>
    indicators.has(name)
      ? [quoteIdent(name), quoteIdent(flagColumn(name))]
      : isStoredOnce(name)
        ? [`${quoteIdent(STORED_AS.get(name) ?? name)} AS ${quoteIdent(name)}`]
        : RESERVED.has(name)
          ? [`${fileCopy(name)} AS ${quoteIdent(name)}`]
          : [quoteIdent(name)],
  );
  return `CREATE OR REPLACE VIEW ${quoteIdent(source.table)} AS SELECT ${select.join(', ')} FROM ${storedRows(source)}`;
}

/** An indicator's number (stored as DOUBLE when the file was read), NULL for a symbol or blank. */
export const valueSql = (name: string): string => quoteIdent(name);

/** The symbol that stands where a number is missing (empty text for a blank), NULL when there is a number. */
export const flagSql = (name: string): string => quoteIdent(flagColumn(name));
