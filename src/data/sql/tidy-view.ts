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
  table: string;
  view: string;
  columns: readonly string[];
  phaseColumn: string | null;
  filterColumns: readonly string[];
  indicatorColumns: readonly string[];
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

/**
 * One tidy shape for every file: when (period label, grain, dates), where (level, area, region, local authority),
 * which phase, the file's own filter columns, and its indicator columns as published (text, so a suppression
 * symbol survives beside the number).
 */
export function tidyViewSql(source: TidySource): string {
  const levelColumn = LEVEL_COLUMNS.find((name) => source.columns.includes(name)) ?? 'geographic_level';
  const levelSql = `r.${quoteIdent(levelColumn)}`;
  const extra = [...source.filterColumns, ...source.indicatorColumns].map((name) => `r.${quoteIdent(name)}`);
  const select = [
    `coalesce(p.label, trim(r.time_period) || ' ' || trim(r.time_identifier)) AS period`,
    `coalesce(p.grain, 'Unknown') AS grain`,
    'p.start_date AS period_start',
    'p.end_date AS period_end',
    'p.mid AS period_mid',
    'trim(r.time_identifier) AS time_identifier',
    `trim(${levelSql}) AS level`,
    `${byLevel(source, levelSql, 'codeColumn')} AS area_code`,
    `${byLevel(source, levelSql, 'nameColumn')} AS area_name`,
    `${column(source, 'region_code')} AS region_code`,
    `${column(source, 'region_name')} AS region_name`,
    `${column(source, 'new_la_code')} AS la_code`,
    `${column(source, 'old_la_code')} AS old_la_code`,
    `${phaseSql(source.phaseColumn ? `r.${quoteIdent(source.phaseColumn)}` : null)} AS phase`,
    ...extra,
  ];
  return `CREATE OR REPLACE VIEW ${quoteIdent(source.view)} AS SELECT ${select.join(', ')}
FROM ${quoteIdent(source.table)} r LEFT JOIN ${PERIODS_TABLE} p
  ON p.dataset = ${quoteLiteral(source.id)} AND p.time_period = r.time_period AND p.time_identifier = r.time_identifier`;
}

/** The numeric value of an indicator column, NULL for a symbol or blank. */
export const valueSql = (name: string): string => `TRY_CAST(trim(${quoteIdent(name)}) AS DOUBLE)`;

/** The symbol that stands where a number is missing (empty text for a blank), NULL when there is a number. */
export const flagSql = (name: string): string =>
  `CASE WHEN ${valueSql(name)} IS NULL THEN coalesce(trim(${quoteIdent(name)}), '') END`;
