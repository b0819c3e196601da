import { expect, test } from 'vitest';
import type { Granularity, Point } from '../../src/analysis/analysis-types';
import { differenceInDifferences } from '../../src/analysis/difference-in-differences';
import { likePeriods } from '../../src/analysis/like-periods';
import { segmentedRegression } from '../../src/analysis/segmented-regression';
import { expectOk, expectRefusal, weeks, years } from './points';

// Issue #11 point 2, for annual, termly and weekly comparisons: when the nearest figure a comparison uses lies
// further from the event than the stated distance (the next year, the next term, four weeks after), it says so
// plainly above the results.

// England severe absence (%), as in like-periods.test.ts; 2019/20 was never collected.
const severe = years([
  ['2015/16', 0.6],
  ['2016/17', 0.7],
  ['2017/18', 0.77],
  ['2018/19', 0.85],
  ['2019/20', null],
  ['2020/21', 1.13],
  ['2021/22', 1.65],
  ['2022/23', 2.03],
  ['2023/24', 2.3],
  ['2024/25', 2.39],
]);
// A user's file with one year suppressed just after the event.
const suppressed = severe.map((point) => (point.period === '2023/24' ? { ...point, value: null } : point));

// Terms as the daily collection publishes them: 2022/23 has no summer term.
const term = (year: number, name: string, start: string, value: number): Point => ({
  period: `${year}/${String(year + 1).slice(2)} ${name} term`,
  start,
  value,
});
const terms: Point[] = [
  term(2022, 'Autumn', '2022-09-01', 7.5),
  term(2022, 'Spring', '2023-01-01', 7.3),
  term(2023, 'Autumn', '2023-09-01', 6.7),
  term(2023, 'Spring', '2024-01-01', 7.1),
  term(2023, 'Summer', '2024-04-15', 7.6),
  term(2024, 'Autumn', '2024-09-01', 6.5),
  term(2024, 'Spring', '2025-01-01', 6.9),
  term(2024, 'Summer', '2025-04-15', 7.3),
];

// Weekly files cover autumn terms only: ISO weeks 36 to 50 of 2022, 2023 and 2024.
const autumnWeeks = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50];
const weekly = [2022, 2023, 2024].flatMap((year) => weeks(year, autumnWeeks, (week) => 5 + week / 100));

test.each<[string, Point[], string, Granularity, RegExp[]]>([
  ['a year beside the event on each side', severe, '2023-09-04', 'year', []],
  [
    'an event in 2020/21: the last like year before is 2018/19',
    severe,
    '2020-10-01',
    'year',
    [
      /^No figure falls within a year before the event's own period \(2020\/21\): the last before it is 2018\/19, 2 years away, so this comparison also carries whatever else changed in between\.$/,
    ],
  ],
  [
    'the year after the event suppressed',
    suppressed,
    '2022-10-01',
    'year',
    [
      /^No figure falls within a year after the event's own period \(2022\/23\): the first after it is 2024\/25, 2 years away/,
    ],
  ],
  ['terms beside the event', terms, '2024-04-20', 'term', []],
  [
    'no summer term after a spring event',
    terms,
    '2023-02-01',
    'term',
    [
      /^No figure falls within a term after the event's own period \(2022\/23 Spring term\): the first after it is 2023\/24 Autumn term, 2 terms away/,
    ],
  ],
  // Issue #26 point 4: the shape of data/attendance_terms.csv around the January to March 2024 campaign: no
  // summer term 2022/23, so the only pair is autumn against autumn, two terms after the event's own.
  [
    'a spring event whose only pair is the autumn after',
    terms,
    '2024-01-08',
    'term',
    [
      /^No figure falls within a term after the event's own period \(2023\/24 Spring term\): the first after it is 2024\/25 Autumn term, 2 terms away/,
    ],
  ],
  ['a week of term just after the event', weekly, '2024-09-02', 'week', []],
  [
    'the January to March 2024 campaign in autumn-only weeks',
    weekly,
    '2024-01-15',
    'week',
    [
      /^No figure falls within 4 weeks after the event \(2024-01-15\): the first after it is 2024 Week 36, 33 weeks away/,
    ],
  ],
])('like periods: %s', (_name, series, date, granularity, expected) => {
  const answer = expectOk(likePeriods(series, date, granularity));
  expect(answer.farFromEvent).toHaveLength(expected.length);
  expected.forEach((pattern, index) => expect(answer.farFromEvent[index]).toMatch(pattern));
});

test.each<[string, string, RegExp[]]>([
  ['a year beside the event on each side', '2023-09-04', []],
  [
    'an event in 2020/21',
    '2020-10-01',
    [/within a year before the event's own period \(2020\/21\).*2018\/19, 2 years away/],
  ],
])('difference in differences: %s', (_name, date, expected) => {
  const comparison = severe.map((point) => ({
    ...point,
    value: point.value === null ? null : point.value - 0.1,
  }));
  const answer = expectOk(
    differenceInDifferences(
      { name: 'Treated', series: severe },
      [{ name: 'A', series: comparison }],
      date,
      'year',
    ),
  );
  expect(answer.farFromEvent).toHaveLength(expected.length);
  expected.forEach((pattern, index) => expect(answer.farFromEvent[index]).toMatch(pattern));
});

// The interrupted time series needs no such sentence for years and terms: a figure missing beside the event is a
// gap inside its window, and it refuses (weeks have their own check, data-near-event.test.ts).
test.each<[string, Point[], string, Granularity, RegExp]>([
  ['an event in 2020/21', severe, '2020-10-01', 'year', /gaps inside the window: 2019\/20 has no figure/],
  [
    'the year after the event suppressed',
    suppressed,
    '2022-10-01',
    'year',
    /gaps inside the window: 2023\/24 has no figure/,
  ],
])('interrupted time series: %s is refused', (_name, series, date, granularity, reason) => {
  expect(expectRefusal(segmentedRegression(series, date, granularity))).toMatch(reason);
});
