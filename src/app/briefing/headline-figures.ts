import { missingExplanation } from '../../analysis/slot-series';
import { academicYearLabel } from '../../analysis/period-slots';
import { formatValue, roundAsPublished } from '../../data/ees/indicators';

/** The pandemic reset absence: 2018/19 is the last full year before it, so every headline is compared with it. */
export const BASELINE_YEAR = 2018;

/** One published figure of a series: the period's label and first day, and the value (null: no figure). */
export interface HeadlinePoint {
  period: string;
  start: string | null;
  value: number | null;
}

export interface HeadlineSpec {
  datasetId: string;
  indicator: string;
  label: string;
  unit: string;
  decimals: number;
  /** Which collection the figure comes from, shown under it. */
  source: string;
  /** The latest figure covers part of a year (year to date): no earlier whole year is like it. */
  latestIsPartYear?: boolean;
  /** The file says how many schools reported: shown beside the figure, as coverage changed (issue #11). */
  countsSchools?: boolean;
}

const ANNUAL = 'Annual school census (full academic years)';

/** The briefing's four headlines for England: all schools ("Total"), as DfE publishes them. */
export const HEADLINES: readonly HeadlineSpec[] = [
  {
    datasetId: 'annual_absence',
    indicator: 'enrolments_pa_50_exact_percent',
    label: 'Severe absence (missing 50% or more of sessions)',
    unit: '%',
    decimals: 2,
    source: ANNUAL,
  },
  {
    datasetId: 'annual_absence',
    indicator: 'enrolments_pa_10_exact_percent',
    label: 'Persistent absence (missing 10% or more)',
    unit: '%',
    decimals: 2,
    source: ANNUAL,
  },
  {
    datasetId: 'annual_absence',
    indicator: 'sess_overall_percent',
    label: 'Overall absence (share of sessions missed)',
    unit: '%',
    decimals: 2,
    source: ANNUAL,
  },
  {
    datasetId: 'attendance_ytd',
    indicator: 'attendance_perc',
    label: 'Attendance (share of sessions attended)',
    unit: '%',
    // DfE publishes attendance rates to one decimal place (the .meta.csv).
    decimals: 1,
    source: 'Daily register collection, from 2022/23 (year to date)',
    latestIsPartYear: true,
    countsSchools: true,
  },
];

/** The latest figure against an earlier one; `change` is taken between the figures as published (rounded). */
export interface HeadlineChange {
  against: string;
  value: number | null;
  change: number | null;
  /** Why there is no change to give, in words; null when there is one. */
  missing: string | null;
}

export interface HeadlineFigure {
  spec: HeadlineSpec;
  latest: { period: string; value: number } | null;
  previousYear: HeadlineChange | null;
  baseline: HeadlineChange | null;
}

function academicYear(start: string | null): number | null {
  const match = /^(\d{4})-(\d{2})/.exec(start ?? '');
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return month >= 9 ? year : year - 1;
}

function compare(
  spec: HeadlineSpec,
  latest: number,
  points: readonly HeadlinePoint[],
  year: number,
  first: HeadlinePoint | undefined,
): HeadlineChange {
  const label = academicYearLabel(year);
  const point = points.find((p) => academicYear(p.start) === year);
  if (point && point.value !== null) {
    const shown = roundAsPublished(point.value, spec.decimals);
    const change = roundAsPublished(latest - shown, spec.decimals);
    return { against: point.period, value: shown, change, missing: null };
  }
  const firstYear = academicYear(first?.start ?? null);
  const why =
    firstYear !== null && year < firstYear
      ? `this series starts in ${first?.period ?? academicYearLabel(firstYear)}`
      : missingExplanation(label) || 'the file has no figure for it';
  return { against: label, value: null, change: null, missing: `No ${label} figure: ${why}.` };
}

/** The latest figure of a series with its change on the year before and on 2018/19, never inventing either. */
export function headlineFigure(spec: HeadlineSpec, points: readonly HeadlinePoint[]): HeadlineFigure {
  const dated = points
    .filter((p) => academicYear(p.start) !== null)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const last = dated.findLast((p) => p.value !== null);
  const lastYear = academicYear(last?.start ?? null);
  if (!last || last.value === null || lastYear === null)
    return { spec, latest: null, previousYear: null, baseline: null };
  const value = roundAsPublished(last.value, spec.decimals);
  const previous = compare(spec, value, dated, lastYear - 1, dated[0]);
  return {
    spec,
    latest: { period: last.period, value },
    previousYear: spec.latestIsPartYear
      ? {
          against: previous.against,
          value: null,
          change: null,
          missing: `No like-for-like change: ${last.period} covers part of the year, ${previous.against} the whole year.`,
        }
      : previous,
    baseline: lastYear > BASELINE_YEAR ? compare(spec, value, dated, BASELINE_YEAR, dated[0]) : null,
  };
}

/** "+0.09 percentage points", "−0.37 percentage points" or "no change at the precision published". */
export function changeInWords(change: number, spec: HeadlineSpec): string {
  if (change === 0) return 'no change at the precision published';
  const size = formatValue(Math.abs(change), spec.decimals, spec.unit === '%' ? '' : spec.unit);
  const sign = change > 0 ? '+' : '−';
  return `${sign}${size}${spec.unit === '%' ? ' percentage points' : ''}`;
}

export const formatHeadline = (value: number, spec: HeadlineSpec): string =>
  formatValue(value, spec.decimals, spec.unit);
