import type { Point } from '../../analysis/analysis-types';
import type { SchoolCoverage } from './analysis-series';

const whole = (value: number): string => Math.round(value).toLocaleString('en-GB');

/** "17,587 of 22,005 (80%)": schools reporting behind a figure, and the share of schools open. */
export function coverageText(coverage: SchoolCoverage, period: string): string {
  const schools = coverage.get(period);
  if (!schools) return 'not given';
  if (schools.total === null) return whole(schools.reporting);
  return `${whole(schools.reporting)} of ${whole(schools.total)} (${Math.round((100 * schools.reporting) / schools.total)}%)`;
}

const share = (coverage: SchoolCoverage, period: string): number | null => {
  const schools = coverage.get(period);
  return schools?.total ? (100 * schools.reporting) / schools.total : null;
};

/**
 * Who was counted: the daily collection's coverage rose from about 80% of schools (2022/23) to 97% (2024/25), with
 * data sharing mandatory from 19 August 2024. A comparison whose two sides count different shares of schools says
 * so; a file without the count says that coverage cannot be checked.
 */
export function CoverageNote({
  coverage,
  pairs,
}: {
  coverage: SchoolCoverage;
  pairs: readonly { before: Point; after: Point }[];
}) {
  if (coverage.size === 0)
    return (
      <p className="hint" data-testid="coverage-note">
        This file does not give the number of schools reporting, so a change in which schools are counted
        cannot be ruled out: the daily collection reached more schools each year (see the year-to-date
        measure), and a change in coverage can move a rate by itself.
      </p>
    );
  const moved = pairs.filter(({ before, after }) => {
    const [a, b] = [share(coverage, before.period), share(coverage, after.period)];
    return a !== null && b !== null && Math.abs(b - a) >= 1;
  });
  const range = (periods: string[]): string => {
    const shares = periods.map((period) => Math.round(share(coverage, period) ?? 0));
    const [low, high] = [Math.min(...shares), Math.max(...shares)];
    return low === high ? `${low}%` : `${low}–${high}%`;
  };
  return (
    <p className={moved.length > 0 ? 'warning' : 'hint'} data-testid="coverage-note">
      {moved.length > 0
        ? `The share of schools reporting changed between the compared periods, from ${range(
            moved.map(({ before }) => before.period),
          )} to ${range(moved.map(({ after }) => after.period))} of schools. A change in which schools are ` +
          'counted can move a rate by itself.'
        : 'A change in which schools are counted can move a rate; the share reporting is shown beside each figure.'}
    </p>
  );
}
