import { expect, test } from 'vitest';
import type { SchoolCoverage } from '../../../../src/app/briefing/before-after/analysis-series';
import {
  coverageApart,
  coverageText,
  coverageWords,
  meanCoverageText,
} from '../../../../src/app/briefing/before-after/coverage-note';

// num_schools and total_num_schools of data/attendance_ytd.csv, England, Total (python csv module).
const ytd: SchoolCoverage = new Map([
  ['2022/23 year to date', { reporting: 17586.7015706806, total: 22005 }],
  ['2023/24 year to date', { reporting: 19766.4278074866, total: 21232 }],
  ['2024/25 year to date', { reporting: 20747.2978723404, total: 21313 }],
  ['reporting only', { reporting: 19766.4278074866, total: null }],
]);

// Issue #11 point 10: a comparison says when its sides count different shares of schools, and always that a change
// in coverage can move a rate.
test.each<[string, SchoolCoverage, string[], string[], boolean, RegExp]>([
  [
    'coverage rose',
    ytd,
    ['2022/23 year to date'],
    ['2024/25 year to date'],
    true,
    /^The share of schools reporting changed between the compared periods, from 80% to 97% of schools\. A change in which schools are counted can move a rate by itself\.$/,
  ],
  [
    'ranges on each side',
    ytd,
    ['2022/23 year to date', '2023/24 year to date'],
    ['2024/25 year to date'],
    true,
    /from 80–93% to 97% of schools/,
  ],
  [
    'the same share',
    ytd,
    ['2024/25 year to date'],
    ['2024/25 year to date'],
    false,
    /can move a rate; the schools/,
  ],
  ['no share on a side', ytd, ['reporting only'], ['2024/25 year to date'], false, /can move a rate/],
  [
    'a file without the count',
    new Map(),
    ['a'],
    ['b'],
    false,
    /cannot be ruled out.*can move a rate by itself/,
  ],
])('%s', (_name, coverage, before, after, moved, text) => {
  const words = coverageWords(coverage, before, after);
  expect(words.moved).toBe(moved);
  expect(words.text).toMatch(text);
});

test.each([
  // Issue #26 point 9: a mean over days keeps one decimal and says so.
  ['2022/23 year to date', '17,586.7 of 22,005 on average (80%)'],
  ['reporting only', '19,766.4 on average'],
  ['absent', 'not given'],
])('coverage of %s in a table cell', (period, text) => {
  expect(coverageText(ytd, period)).toBe(text);
});

// Issue #26 point 2: a mean row gives its schools reporting, and says in the row when it includes a period whose
// share differs from the after side's by more than the stated margin (5 points).
test('a mean row names the periods whose coverage lies more than 5 points from after the event', () => {
  const before = ['2022/23 year to date', '2023/24 year to date'];
  const after = ['2024/25 year to date'];
  expect(meanCoverageText(ytd, before, after)).toBe('80%, 93% → 97%');
  expect(coverageApart(ytd, before, after)).toBe(
    'Includes 2022/23 year to date (80%), whose share of schools reporting differs by more than 5 points from ' +
      'after the event (97%).',
  );
  expect(coverageApart(ytd, ['2023/24 year to date'], after)).toBeNull();
});
