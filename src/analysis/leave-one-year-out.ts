import type { Point } from './analysis-types';
import { academicYearLabel, academicYearOfDate } from './period-slots';
import { segmentedRegression, type SegmentedOptions } from './segmented-regression';

export interface LeaveOneYearOut {
  /** The level change refitted without each school year in turn (null where the refit is refused). */
  estimates: { year: string; levelChange: number | null }[];
  low: number;
  high: number;
  /** The range runs from below zero to above it: which side of zero the change falls on depends on one year. */
  crossesZero: boolean;
}

/**
 * How far the weekly fit's level change moves when any one school year is left out (the audit of issue #26 found
 * it swing from −0.38 to +1.28 pp on England's figures). Each refit keeps every other rule of the fit but reports,
 * rather than refuses on, residual autocorrelation, so the range can be shown beside a refusal too. Null when
 * fewer than two refits succeed.
 */
export function leaveOneYearOut(
  series: readonly Point[],
  eventDate: string,
  options: SegmentedOptions = {},
): LeaveOneYearOut | null {
  const yearOf = (point: Point): number | null => academicYearOfDate(point.start);
  const years = [...new Set(series.map(yearOf).filter((year) => year !== null))].sort((a, b) => a - b);
  const estimates = years.map((year) => {
    const fit = segmentedRegression(
      series.filter((point) => yearOf(point) !== year),
      eventDate,
      'week',
      { ...options, residualTest: 'report' },
    );
    return {
      year: academicYearLabel(year),
      levelChange: fit.ok ? fit.coefficients.levelChange.estimate : null,
    };
  });
  const values = estimates.flatMap(({ levelChange }) => (levelChange === null ? [] : [levelChange]));
  if (values.length < 2) return null;
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return { estimates, low, high, crossesZero: low < 0 && high > 0 };
}
