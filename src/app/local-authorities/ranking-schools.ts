import {
  coverageShiftText,
  schoolsCountOf,
  schoolsGapOf,
  schoolsText,
  type SchoolsCount,
} from '../../charts/schools-reporting';
import type { RankingRow } from '../../queries/ranking-query-options';

/** The schools behind an area's latest figure, or why a file that gives counts has none for it. */
export interface LatestSchools {
  count?: SchoolsCount;
  gap?: string;
}

/**
 * Who the latest figure counts (issue #11 point 10). Only a figure gets a count: a missing figure already says why.
 * `counted` is false for a file without schools columns, which says so once under the chart, not in every row.
 */
export function latestSchools(row: RankingRow, counted: boolean): LatestSchools {
  if (!counted || row.latest_value === null) return {};
  const count = schoolsCountOf(row);
  return count ? { count } : { gap: schoolsGapOf(row) };
}

/** "schools reporting 80% → 97%" beside a change: the coverage on each side of it. */
export function changeCoverage(row: RankingRow, against: 'previous' | 'baseline'): string | null {
  const before =
    against === 'previous'
      ? { schools: row.previous_schools, schools_total: row.previous_schools_total }
      : { schools: row.baseline_schools, schools_total: row.baseline_schools_total };
  return coverageShiftText(schoolsCountOf(before), schoolsCountOf(row));
}

/** The latest schools in words for a hover or a map summary: "…; 132 of 131 schools reporting (101%)". */
export function latestSchoolsWords(row: RankingRow, counted: boolean): string {
  const { count, gap } = latestSchools(row, counted);
  return count ? `; ${schoolsText(count)}` : gap ? `; schools reporting: no count (${gap})` : '';
}
