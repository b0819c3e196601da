import { EES_ID_COLUMNS } from '../build-data/ees-conventions';

/**
 * A synthetic school-level absence file in the shape EES publishes (compare the school rows of
 * ../shared/data/ees-variety's absence_for_four_year_olds.csv): every cell text, as a CSV gives it, with the
 * National, Regional and Local authority rows that add the schools up, and the suppression symbols EES uses
 * (`c` for figures too small to publish, `z` where a figure cannot apply).
 */
export interface ScaleShape {
  schools: number;
  /** Academic years by their first calendar year: 2015 is 2015/16. */
  years: readonly number[];
}

export const REGIONS = 9;
export const AUTHORITIES = 150;
export const PUPIL_GROUPS = [
  'Total',
  'Boys',
  'Girls',
  'FSM eligible',
  'FSM not eligible',
  'SEN support',
  'EHC plan',
  'No SEN',
  'EAL',
  'Not EAL',
] as const;
export const YEAR_GROUPS = [
  'Total',
  'Reception to year 2',
  'Years 3 to 6',
  'Years 7 to 9',
  'Years 10 to 11',
] as const;

// Authority codes E06000101 on, which no real authority has: the loader's joins of old codes to new leave them be.
export const FILE_COLUMNS = [
  ...EES_ID_COLUMNS,
  'school_urn',
  'school_name',
  'pupil_group',
  'year_group',
  'enrolments',
  'sess_possible',
  'sess_overall',
  'sess_overall_percent',
  'sess_authorised_percent',
  'enrolments_pa_10_exact_percent',
] as const;

/** Rows per school and year: one per pupil group and year group. */
export const ROWS_PER_SCHOOL_YEAR = PUPIL_GROUPS.length * YEAR_GROUPS.length;

const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
const text = (sql: string) => `CAST(${sql} AS VARCHAR)`;
const pct = (part: string, whole: string) => `round(100.0 * ${part} / nullif(${whole}, 0), 1)`;

/** The school rows as numbers, one per school, year, pupil group and year group (deterministic: hashes, no random). */
export function schoolFiguresSql(shape: ScaleShape): string {
  return `SELECT y.year, s.school, s.school % ${AUTHORITIES} AS la, (s.school % ${AUTHORITIES}) % ${REGIONS} AS region,
    s.school % 3 = 0 AS secondary, g.g, yg.yg,
    CASE WHEN (s.school % 3 = 0) = (yg.yg <= 2) AND yg.yg > 0 THEN NULL
      ELSE greatest(0, (40 + hash(s.school) % 900) // (CASE WHEN g.g = 0 THEN 1 ELSE 2 + g.g % 4 END)
        // (CASE WHEN yg.yg = 0 THEN 1 ELSE 2 END) - (y.year - 2015) % 3) END AS enrolments,
    2.5 + (hash(s.school, y.year) % 60) / 10.0 + g.g * 0.4 + CASE WHEN y.year >= 2020 THEN 2.0 ELSE 0 END AS rate
  FROM range(${shape.schools}) s(school), (SELECT unnest(${`[${shape.years.join(', ')}]`}) AS year) y,
    range(${PUPIL_GROUPS.length}) g(g), range(${YEAR_GROUPS.length}) yg(yg)`;
}

/** Sessions from enrolments and an absence rate, aggregated to every level, as the figures a CSV would carry. */
export function figuresByLevelSql(shape: ScaleShape): string {
  const base = `(SELECT *, enrolments * 300 AS possible, round(enrolments * 300 * rate / 100) AS overall,
      round(enrolments * 300 * rate * 0.7 / 100) AS authorised,
      round(enrolments * least(0.9, rate / 40)) AS persistent FROM (${schoolFiguresSql(shape)}))`;
  const sums = `sum(enrolments) AS enrolments, sum(possible) AS possible, sum(overall) AS overall,
      sum(authorised) AS authorised, sum(persistent) AS persistent`;
  return `SELECT 'School' AS level, year, school, la, region, g, yg, enrolments, possible, overall, authorised, persistent
      FROM ${base}
    UNION ALL SELECT 'Local authority', year, NULL, la, any_value(region), g, yg, ${sums} FROM ${base} GROUP BY year, la, g, yg
    UNION ALL SELECT 'Regional', year, NULL, NULL, region, g, yg, ${sums} FROM ${base} GROUP BY year, region, g, yg
    UNION ALL SELECT 'National', year, NULL, NULL, NULL, g, yg, ${sums} FROM ${base} GROUP BY year, g, yg`;
}

/** The figures written out as a CSV's text cells, with EES's symbols where a figure is missing. */
export function fileRowsSql(shape: ScaleShape): string {
  const la = `lpad(CAST(la AS VARCHAR), 3, '0')`;
  const suppressed = `(enrolments IS NOT NULL AND enrolments < 5)`;
  const figure = (sql: string) =>
    `CASE WHEN enrolments IS NULL THEN 'z' WHEN ${suppressed} THEN 'c' ELSE ${text(sql)} END`;
  return `SELECT
    ${text('year')} || ${text('(year + 1) % 100')} AS time_period,
    'Academic year' AS time_identifier,
    level AS geographic_level,
    'E92000001' AS country_code,
    'England' AS country_name,
    CASE WHEN region IS NULL THEN '' ELSE 'E1200000' || ${text('region + 1')} END AS region_code,
    CASE WHEN region IS NULL THEN '' ELSE 'Region ' || ${text('region + 1')} END AS region_name,
    CASE WHEN la IS NULL THEN '' ELSE ${text(`800 + la`)} END AS old_la_code,
    CASE WHEN la IS NULL THEN '' ELSE 'E0600' || lpad(${text('la + 101')}, 4, '0') END AS new_la_code,
    CASE WHEN la IS NULL THEN '' ELSE 'Authority ' || ${la} END AS la_name,
    CASE WHEN school IS NULL THEN '' ELSE ${text('100000 + school')} END AS school_urn,
    CASE WHEN school IS NULL THEN '' ELSE
      (CASE WHEN school % 3 = 0 THEN 'High School ' ELSE 'Primary School ' END) || ${text('school')} END AS school_name,
    ${list(PUPIL_GROUPS)}[g + 1] AS pupil_group,
    ${list(YEAR_GROUPS)}[yg + 1] AS year_group,
    CASE WHEN enrolments IS NULL THEN 'z' ELSE ${text('enrolments')} END AS enrolments,
    ${figure('possible::BIGINT')} AS sess_possible,
    ${figure('overall::BIGINT')} AS sess_overall,
    ${figure(pct('overall', 'possible'))} AS sess_overall_percent,
    ${figure(pct('authorised', 'possible'))} AS sess_authorised_percent,
    ${figure(pct('persistent', 'enrolments'))} AS enrolments_pa_10_exact_percent
  FROM (${figuresByLevelSql(shape)})`;
}
