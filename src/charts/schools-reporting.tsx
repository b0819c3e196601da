import type { CoverageBasis } from '../data/coverage-basis';
import { explainMissing } from '../data/ees/missing-values';

/** How many schools a figure counts, and how many were open, where the file says. */
export interface SchoolsCount {
  reporting: number;
  total: number | null;
  /** Why the number of schools open is not given (the file's symbol in words), when it is not. */
  totalGap?: string;
}

/** A query row's schools columns (see schoolsWithFlagsSql): the counts, and the file's symbol where one is missing. */
export interface SchoolsFields {
  schools?: number | null;
  schools_total?: number | null;
  schools_flag?: string | null;
  schools_total_flag?: string | null;
}

/**
 * A count of schools as the file gives it. The daily collection's `num_schools` is a mean over the period's days,
 * so a fractional count keeps one decimal: rounded to whole schools, 43.6 of 44 read "44 of 44" beside 99%.
 */
export function schoolsNumber(value: number): string {
  const decimals = Number.isInteger(value) ? 0 : 1;
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** " on average" after a count that is a mean over days, so "17,586.7 schools" is never read as a headcount. */
export const onAverage = (reporting: number): string => (Number.isInteger(reporting) ? '' : ' on average');

/** The schools behind a figure; undefined where the row gives no positive count (a count of 0 schools is no count). */
export function schoolsCountOf(row: SchoolsFields): SchoolsCount | undefined {
  if (typeof row.schools !== 'number' || !(row.schools > 0)) return undefined;
  const total = typeof row.schools_total === 'number' && row.schools_total > 0 ? row.schools_total : null;
  return total === null && row.schools_total_flag != null
    ? { reporting: row.schools, total, totalGap: explainMissing(row.schools_total_flag) }
    : { reporting: row.schools, total };
}

/** Why a row of a file that carries schools counts has none beside its figure. */
export const schoolsGapOf = (row: SchoolsFields): string =>
  row.schools_flag != null
    ? explainMissing(row.schools_flag)
    : 'no count of schools in the file for this row';

/** The share of schools open that reported, in whole per cent; 1,090 of 1,095 is not all, so it is 99%, not 100%. */
export function sharePercent(reporting: number, total: number): number {
  const rounded = Math.round((100 * reporting) / total);
  return reporting < total ? Math.min(99, rounded) : rounded;
}

/** "18,183.6 of 22,005 schools reporting on average (83%)": a mean count keeps its decimal and says so. */
export function schoolsText(count: SchoolsCount): string {
  const schools = (n: number) => (n === 1 ? 'school' : 'schools');
  const reporting = `reporting${onAverage(count.reporting)}`;
  if (count.total === null)
    return `${schoolsNumber(count.reporting)} ${schools(count.reporting)} ${reporting}${count.totalGap ? ` (schools open: ${count.totalGap})` : ''}`;
  const share = sharePercent(count.reporting, count.total);
  return `${schoolsNumber(count.reporting)} of ${schoolsNumber(count.total)} ${schools(count.total)} ${reporting} (${share}%)`;
}

/**
 * "schools reporting 80% → 97%": who was counted on each side of a change, when both sides give the share; a
 * change in coverage can move a rate by itself.
 */
export function coverageShiftText(before: SchoolsCount | undefined, after: SchoolsCount | undefined) {
  if (!before?.total || !after?.total) return null;
  return `schools reporting ${sharePercent(before.reporting, before.total)}% → ${sharePercent(after.reporting, after.total)}%`;
}

/**
 * Set beside a figure in hovers and tables. With no count: the reason as a gap when one is given (the file carries
 * counts but not for this figure), nothing otherwise (the file has none, which a {@link CoverageCaveat} says once).
 */
export function SchoolsReporting({
  count,
  gap,
}: {
  count?: SchoolsCount | undefined;
  gap?: string | undefined;
}) {
  if (count) return <span className="schools-reporting">{schoolsText(count)}</span>;
  if (!gap) return null;
  return <span className="schools-reporting">schools reporting: no count ({gap})</span>;
}

/** Said under any chart whose figures carry their schools. */
export const COVERAGE_CAVEAT =
  'The number of schools reporting is shown beside each figure (hover a point, or open the table): the daily ' +
  'collection reached more schools each year, and a change in which schools are counted can move a rate by itself.';

/** Said under a chart whose file does not give the schools behind its figures: no count is made up. */
export const NO_SCHOOLS_COUNT =
  'This file does not give the number of schools reporting, so a change in which schools are counted cannot be ' +
  'ruled out: a change in coverage can move a rate by itself.';

/**
 * Said under a census-based chart: the statutory census counts every state-funded school, so the warning about
 * which schools chose to share daily data does not apply to it (issue #26).
 */
export const CENSUS_COVERAGE =
  'These figures come from the school census, which every state-funded school must return, so they count all ' +
  'such schools, not only those that chose to share daily attendance data. The file does not give the number ' +
  'of schools behind each figure.';

/** The one sentence on who was counted, by the file's own basis: census, daily collection, or not known. */
export function coverageCaveatText(counted: boolean, basis: CoverageBasis): string {
  if (basis === 'census') return CENSUS_COVERAGE;
  return counted ? COVERAGE_CAVEAT : NO_SCHOOLS_COUNT;
}

export function CoverageCaveat({ counted, basis }: { counted: boolean; basis: CoverageBasis }) {
  return (
    <p className="chart-note" data-testid="coverage-caveat">
      {coverageCaveatText(counted, basis)}
    </p>
  );
}
