import { filterValueSql } from './filter-value';
import { questionMarks } from './placeholders';
import { quoteIdent } from './quote';
import type { BuiltQuery } from './series-query';
import { flagSql, valueSql } from './tidy-view';
import type { SqlValue } from '../sql-engine';

/** Overall-absence bands of DfE's absence-distribution files: one enrolment count per band of absence. */
export interface AbsenceBands {
  /** Every band column, in the order given: their sum is all enrolments. */
  bands: string[];
  /** The bands at or above 50% absence: their sum is the severe absentees. */
  severe: string[];
}

const SEVERE_FROM = 50;

/**
 * The lower bound (%) of a band column, or null for any other column. DfE's dashboard file names a band by its upper
 * bound (`pct10_OARate` = [5%, 10%), `pct50plus_OARate` = 50% or more); the EES form names both bounds
 * (`enrolments_overall_5_10`, `enrolments_overall_50_plus`).
 */
export function bandLowerBound(column: string): number | null {
  const dashboard = /^pct(\d+)(plus)?_OARate$/.exec(column);
  if (dashboard) return dashboard[2] ? Number(dashboard[1]) : Number(dashboard[1]) - 5;
  const ees = /^enrolments_overall_(\d+)_(\d+|plus)$/.exec(column);
  return ees ? Number(ees[1]) : null;
}

/** The band columns among a dataset's indicators, or null when it has none reaching 50%. */
export function findAbsenceBands(indicators: readonly string[]): AbsenceBands | null {
  const bands = indicators.filter((column) => bandLowerBound(column) !== null);
  const severe = bands.filter((column) => (bandLowerBound(column) ?? 0) >= SEVERE_FROM);
  return severe.length ? { bands, severe } : null;
}

/** Severe absence by one pupil characteristic, over time, for one area and phase. */
export interface CharacteristicsRequest {
  view: string;
  bands: AbsenceBands;
  /** The filter column whose values are the groups (fsm_eligible, sen_status, sex, nc_year). */
  characteristic: string;
  level: string;
  /** Summed together: one area, or the parts of one (Inner and Outer London). */
  areaCodes: readonly string[];
  /** Summed together: with no Total phase row, all phases are the sum of each phase's rows. */
  phases: readonly string[];
  /** Other filter columns pinned to one value (a file with Total rows pins them to Total, so none counts twice). */
  filters: Readonly<Record<string, string>>;
  /** Values of the characteristic that are subtotals of the others (Total), left out. */
  excludeGroups: readonly string[];
  /** One period label, or null for every period. */
  period: string | null;
}

export interface CharacteristicsRow {
  period: string;
  period_start: string | null;
  period_end: string | null;
  period_mid: number | null;
  /** True for the row of all pupils (every group summed); group_value is then null. */
  is_total: boolean;
  group_value: string | null;
  severe_absentees: number | null;
  enrolments: number | null;
  /** Severe absence rate, %: 100 × severe absentees / enrolments. */
  value: number | null;
  /** Why value is null: the first band symbol found (`c`, `x`, …), or `z` for a group with no pupils. */
  flag: string | null;
}

const sumOf = (columns: readonly string[]) => columns.map(valueSql).join(' + ');

/**
 * Rates are summed from counts, never averaged from rates. A row whose band is a symbol makes its group's counts and
 * rate NULL (flagged with the symbol): a partial sum would look like a real, lower figure.
 */
export function characteristicsQuery(request: CharacteristicsRequest): BuiltQuery {
  const group = `coalesce(trim(${quoteIdent(request.characteristic)}), '')`;
  const where = [
    'level = ?',
    `area_code IN (${questionMarks(request.areaCodes)})`,
    `phase IN (${questionMarks(request.phases)})`,
  ];
  const params: SqlValue[] = [request.level, ...request.areaCodes, ...request.phases];
  for (const [column, value] of Object.entries(request.filters)) {
    where.push(`${filterValueSql(column)} = ?`);
    params.push(value);
  }
  if (request.excludeGroups.length) {
    where.push(`${group} NOT IN (${questionMarks(request.excludeGroups)})`);
    params.push(...request.excludeGroups);
  }
  if (request.period !== null) {
    where.push('period = ?');
    params.push(request.period);
  }
  const when = 'period, period_start, period_end, period_mid';
  const sql = `WITH pupils AS (
  SELECT ${when}, ${group} AS grp,
    ${sumOf(request.bands.severe)} AS severe,
    ${sumOf(request.bands.bands)} AS enrolments,
    coalesce(${request.bands.bands.map(flagSql).join(', ')}) AS flag
  FROM ${quoteIdent(request.view)}
  WHERE ${where.join('\n    AND ')}
), groups AS (
  SELECT ${when}, grouping(grp) = 1 AS is_total, CASE WHEN grouping(grp) = 0 THEN grp END AS group_value,
    sum(severe) AS severe, sum(enrolments) AS enrolments, max(flag) AS flag
  FROM pupils
  GROUP BY GROUPING SETS ((${when}, grp), (${when}))
)
SELECT ${when}, is_total, group_value,
  CASE WHEN flag IS NULL THEN severe END AS severe_absentees,
  CASE WHEN flag IS NULL THEN enrolments END AS enrolments,
  CASE WHEN flag IS NULL AND enrolments > 0 THEN 100 * severe / enrolments END AS value,
  CASE WHEN flag IS NOT NULL THEN flag WHEN NOT enrolments > 0 THEN 'z' END AS flag
FROM groups
ORDER BY period_mid, is_total DESC, TRY_CAST(group_value AS INTEGER) NULLS LAST, group_value`;
  return { sql, params };
}
