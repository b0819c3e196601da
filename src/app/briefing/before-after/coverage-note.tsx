import { NO_SCHOOLS_COUNT, onAverage, schoolsNumber, sharePercent } from '../../../charts/schools-reporting';
import type { SchoolCoverage } from './analysis-series';

/**
 * "17,586.7 of 22,005 on average (80%)", under a "Schools reporting" heading: schools behind a figure, and the
 * share open; a count that is a mean over days keeps its decimal so the share and the counts agree.
 */
export function coverageText(coverage: SchoolCoverage, period: string): string {
  const schools = coverage.get(period);
  if (!schools) return 'not given';
  const mean = onAverage(schools.reporting);
  if (schools.total === null) return `${schoolsNumber(schools.reporting)}${mean}`;
  const share = sharePercent(schools.reporting, schools.total);
  return `${schoolsNumber(schools.reporting)} of ${schoolsNumber(schools.total)}${mean} (${share}%)`;
}

const share = (coverage: SchoolCoverage, period: string): number | null => {
  const schools = coverage.get(period);
  return schools?.total ? sharePercent(schools.reporting, schools.total) : null;
};

/** Points of the share of schools reporting by which a period may differ from the after side's, unsaid. */
export const COVERAGE_MARGIN = 5;

const shareWords = (coverage: SchoolCoverage, periods: readonly string[]): string =>
  periods
    .map((period) => share(coverage, period))
    .map((value) => (value === null ? 'not given' : `${value}%`))
    .join(', ');

/** A mean row's schools reporting: "80%, 93%, 96% → 97%", each period's share in order. */
export function meanCoverageText(
  coverage: SchoolCoverage,
  before: readonly string[],
  after: readonly string[],
): string {
  return `${shareWords(coverage, before)} → ${shareWords(coverage, after)}`;
}

/**
 * The periods a mean includes whose share of schools reporting lies more than COVERAGE_MARGIN points from every
 * after period's, in words for the row itself (issue #26: 2022/23 at 80–83% of schools sat in means against 97%).
 */
export function coverageApart(
  coverage: SchoolCoverage,
  before: readonly string[],
  after: readonly string[],
): string | null {
  const afterShares = after.map((period) => share(coverage, period)).filter((value) => value !== null);
  if (afterShares.length === 0) return null;
  const apart = before.flatMap((period) => {
    const value = share(coverage, period);
    if (value === null) return [];
    const gap = Math.min(...afterShares.map((other) => Math.abs(other - value)));
    return gap > COVERAGE_MARGIN ? [`${period} (${value}%)`] : [];
  });
  if (apart.length === 0) return null;
  return (
    `Includes ${apart.join(', ')}, whose share of schools reporting differs by more than ${COVERAGE_MARGIN} ` +
    `points from after the event (${shareWords(coverage, after)}).`
  );
}

const range = (shares: readonly number[]): string => {
  const [low, high] = [Math.min(...shares), Math.max(...shares)];
  return low === high ? `${low}%` : `${low}–${high}%`;
};

/**
 * Who was counted on each side of a comparison. The daily collection's coverage rose from about 80% of schools
 * (2022/23) to 97% (2024/25), with data sharing mandatory from 19 August 2024: when the share of schools reporting
 * differs between the sides by a percentage point or more, the words say so; a file without the count says that
 * coverage cannot be checked.
 */
export function coverageWords(
  coverage: SchoolCoverage,
  before: readonly string[],
  after: readonly string[],
): { moved: boolean; text: string } {
  if (coverage.size === 0)
    return {
      moved: false,
      text: NO_SCHOOLS_COUNT,
    };
  const sides = [before, after].map((periods) =>
    periods.map((period) => share(coverage, period)).filter((value) => value !== null),
  );
  const [was = [], now = []] = sides;
  const moved =
    was.length > 0 &&
    now.length > 0 &&
    (Math.abs(Math.min(...now) - Math.min(...was)) >= 1 ||
      Math.abs(Math.max(...now) - Math.max(...was)) >= 1);
  return moved
    ? {
        moved,
        text:
          `The share of schools reporting changed between the compared periods, from ${range(was)} to ` +
          `${range(now)} of schools. A change in which schools are counted can move a rate by itself.`,
      }
    : {
        moved,
        text: 'A change in which schools are counted can move a rate; the schools reporting are shown beside each figure.',
      };
}

export function CoverageNote(props: {
  coverage: SchoolCoverage;
  before: readonly string[];
  after: readonly string[];
}) {
  const { moved, text } = coverageWords(props.coverage, props.before, props.after);
  return (
    <p className={moved ? 'warning' : 'hint'} data-testid="coverage-note">
      {text}
    </p>
  );
}
