import { NO_ROW } from '../ees/missing-values';
import type { SqlValue } from '../sql-engine';
import { filterValueSql } from './filter-value';
import { quoteIdent } from './quote';
import { schoolsWithFlagsSql, type SchoolsColumns } from './schools-columns';
import type { BuiltQuery } from './series-query';
import { flagSql, valueSql } from './tidy-view';

/** The period a change is measured from when nobody chooses one: the last full year before the pandemic. */
export const DEFAULT_BASELINE = '2018/19';

const NATIONAL = 'National';
export const REGIONAL = 'Regional';
export const LOCAL_AUTHORITY = 'Local authority';

/** The areas ranked: local authorities, or the regions (a region file, or the region level chosen). */
export type RankingLevel = typeof LOCAL_AUTHORITY | typeof REGIONAL;

/** Every local authority (or region) of one dataset ranked on one indicator in one period, with its changes. */
export interface RankingRequest {
  view: string;
  /** Local authorities when left out. */
  level?: RankingLevel;
  indicator: string;
  phase: string | null;
  /** The dataset's other filter columns, each pinned to one value, so each period has one value per area. */
  filters: Readonly<Record<string, string>>;
  /** Only the local authorities of this region (ranked among themselves); not used at the region level. */
  regionCode: string | null;
  /** A period label; null: the latest period in which any local authority has a figure. */
  latestPeriod: string | null;
  /** A period label to measure change from; null, or a label the dataset lacks: no baseline. */
  baselinePeriod: string | null;
  /** The file's schools columns (daily-collection files): each figure comes with the schools it counts. */
  schools?: SchoolsColumns | null;
}

/**
 * One row per area ranked; at the region level the `la_` columns hold the region's code and name.
 * Changes are `latest - earlier` in the indicator's unit: percentage points for a rate. A value is NULL where the
 * file holds a symbol (its flag says which) or has no row (flag NO_ROW); a change is NULL when either side is.
 */
export interface RankingRow {
  la_key: string;
  la_code: string | null;
  /** DfE's three-digit code: joins the map's areas and the statistical neighbours. */
  la_old_code: string | null;
  la_name: string | null;
  region_code: string | null;
  region_name: string | null;
  latest_period: string;
  latest_value: number | null;
  latest_flag: string | null;
  previous_period: string | null;
  previous_value: number | null;
  previous_flag: string | null;
  change_previous: number | null;
  baseline_period: string | null;
  baseline_value: number | null;
  baseline_flag: string | null;
  change_baseline: number | null;
  /** 1 = highest value; equal values share a rank; NULL when there is no latest value. */
  rank: number | null;
  /** How many local authorities have a latest value (the ranks run 1..ranked). */
  ranked: number;
  /** 1 = the quarter with the highest values, by rank, so tied authorities share a quartile; NULL unranked. */
  quartile: number | null;
  england_value: number | null;
  england_flag: string | null;
  region_value: number | null;
  region_flag: string | null;
  /**
   * Schools behind the latest figure (reporting, open, and the file's symbol where either is missing), and behind
   * the previous, baseline and England figures: a change in coverage can move a rate. NULL without schools columns.
   */
  schools: number | null;
  schools_total: number | null;
  schools_flag: string | null;
  schools_total_flag: string | null;
  previous_schools: number | null;
  previous_schools_total: number | null;
  baseline_schools: number | null;
  baseline_schools_total: number | null;
  england_schools: number | null;
  england_schools_total: number | null;
}

export function rankingQuery(request: RankingRequest): BuiltQuery {
  const params: SqlValue[] = [];
  // Placeholders are pushed in the order they appear in the text, so each `?` meets its own value.
  const p = (value: SqlValue): string => {
    params.push(value);
    return '?';
  };
  const view = quoteIdent(request.view);
  const level = request.level ?? LOCAL_AUTHORITY;
  const inRegion = level === LOCAL_AUTHORITY && request.regionCode !== null;
  const where = [`o.level IN (${p(NATIONAL)}, ${p(REGIONAL)}, ${p(LOCAL_AUTHORITY)})`];
  if (request.phase !== null) where.push(`o.phase = ${p(request.phase)}`);
  for (const [column, value] of Object.entries(request.filters))
    where.push(`${filterValueSql(column, 'o')} = ${p(value)}`);

  // "Previous" is the same kind of period a step earlier — the previous academic year, the same term or the same
  // ISO week a year before — because absence is seasonal. A period with no figures (2019/20) still counts as a
  // step: the change is then NULL, with the reason in previous_flag.
  const periods = `periods AS (
  SELECT period, time_identifier, row_number() OVER (ORDER BY period_start, period_end, period) AS seq,
    row_number() OVER (PARTITION BY time_identifier ORDER BY period_start, period_end, period) AS kind_seq
  FROM (SELECT DISTINCT period, time_identifier, period_start, period_end FROM ${view} WHERE period_start IS NOT NULL)
)`;
  // A few abolished authorities have no new code; their old code keeps them apart.
  const obs = `obs AS (
  SELECT o.period, p.seq, o.level, o.area_code, o.old_la_code, o.area_name, o.region_code, o.region_name,
    coalesce(nullif(o.area_code, ''), 'old:' || nullif(o.old_la_code, ''), 'name:' || o.area_name) AS area_key,
    ${valueSql(request.indicator)} AS value, ${flagSql(request.indicator)} AS flag,
    ${schoolsWithFlagsSql(request.schools, valueSql)}
  FROM ${view} o JOIN periods p ON p.period = o.period
  WHERE ${where.join('\n    AND ')}
)`;
  const marks = `marks AS (
  SELECT l.period AS latest_period, pr.period AS previous_period, b.period AS baseline_period
  FROM periods l
    LEFT JOIN periods pr ON pr.time_identifier = l.time_identifier AND pr.kind_seq = l.kind_seq - 1
    LEFT JOIN periods b ON b.period = ${p(request.baselinePeriod)} AND b.time_identifier = l.time_identifier
  WHERE l.period = coalesce(${p(request.latestPeriod)},
    (SELECT period FROM obs WHERE level = ${p(level)} AND value IS NOT NULL ORDER BY seq DESC LIMIT 1))
)`;
  const la = `la AS (
  SELECT o.* FROM obs o JOIN marks m ON o.period = m.latest_period
  WHERE o.level = ${p(level)}${inRegion ? ` AND o.region_code = ${p(request.regionCode)}` : ''}
)`;
  const earlier = (alias: string, column: string) =>
    `CASE WHEN m.${column} IS NOT NULL AND ${alias}.area_key IS NULL THEN ${p(NO_ROW)} ELSE ${alias}.flag END`;
  const rank = 'rank() OVER (ORDER BY la.value DESC NULLS LAST)';
  const select = `SELECT la.area_key AS la_key, la.area_code AS la_code, la.old_la_code AS la_old_code, la.area_name AS la_name,
  la.region_code, la.region_name,
  m.latest_period, la.value AS latest_value, la.flag AS latest_flag,
  m.previous_period, prev.value AS previous_value, ${earlier('prev', 'previous_period')} AS previous_flag,
  la.value - prev.value AS change_previous,
  m.baseline_period, base.value AS baseline_value, ${earlier('base', 'baseline_period')} AS baseline_flag,
  la.value - base.value AS change_baseline,
  (CASE WHEN la.value IS NOT NULL THEN ${rank} END)::INTEGER AS rank,
  (count(la.value) OVER ())::INTEGER AS ranked,
  (CASE WHEN la.value IS NOT NULL THEN ceil(4.0 * ${rank} / count(la.value) OVER ()) END)::INTEGER AS quartile,
  eng.value AS england_value, eng.flag AS england_flag, reg.value AS region_value, reg.flag AS region_flag,
  la.schools, la.schools_total, la.schools_flag, la.schools_total_flag,
  prev.schools AS previous_schools, prev.schools_total AS previous_schools_total,
  base.schools AS baseline_schools, base.schools_total AS baseline_schools_total,
  eng.schools AS england_schools, eng.schools_total AS england_schools_total
FROM la CROSS JOIN marks m
  LEFT JOIN obs prev ON prev.level = ${p(level)} AND prev.area_key = la.area_key AND prev.period = m.previous_period
  LEFT JOIN obs base ON base.level = ${p(level)} AND base.area_key = la.area_key AND base.period = m.baseline_period
  LEFT JOIN obs eng ON eng.level = ${p(NATIONAL)} AND eng.period = m.latest_period
  LEFT JOIN obs reg ON reg.level = ${p(REGIONAL)} AND reg.area_code = la.region_code AND reg.period = m.latest_period
ORDER BY la.value IS NULL, la.value DESC, la.area_name, la.area_key`;
  return { sql: `WITH ${periods},\n${obs},\n${marks},\n${la}\n${select}`, params };
}
