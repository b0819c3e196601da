import { describe, expect, test } from 'vitest';
import { segmentedRegression } from '../../src/analysis/segmented-regression';
import { expectOk, expectRefusal, weeks } from './points';

// Issue #11: weekly files cover autumn terms only, so an event in an unobserved stretch has no "change at the event".
const autumn = [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49];
const series = [2022, 2023, 2024, 2025].flatMap((year) =>
  // A season by week, a steady trend and a fixed irregular wobble, so the fit itself has nothing to refuse.
  weeks(year, autumn, (week) => 5 + week / 40 + (year - 2022) / 20 + ((week * 7 + year * 13) % 11) / 50),
);

describe('a weekly change at the event needs figures near the event', () => {
  test.each([
    // [event, end of its span, refusal]
    [
      '2024-01-08',
      '2024-03-31',
      /No weekly figure falls within the event's span \(2024-01-08 to 2024-03-31\)/,
    ],
    [
      '2024-05-21',
      null,
      /No weekly figure falls within 4 weeks after the event \(2024-05-21\): the first is 2024 Week 37, 16 weeks later/,
    ],
  ])('%s is refused', (date, end, reason) => {
    expect(expectRefusal(segmentedRegression(series, date, 'week', { eventEnd: end }))).toMatch(reason);
  });

  test.each([
    // An August event three weeks before the first autumn figure, and an autumn event inside the data.
    ['2024-08-19', null],
    ['2023-09-28', null],
    ['2023-10-02', '2023-11-30'],
  ])('%s is fitted', (date, end) => {
    // The residual test is reported, not refusing: these cases are about the weeks near the event.
    expectOk(segmentedRegression(series, date, 'week', { eventEnd: end, residualTest: 'report' }));
  });
});
