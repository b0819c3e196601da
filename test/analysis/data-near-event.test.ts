import { describe, expect, test } from 'vitest';
import { segmentedRegression } from '../../src/analysis/segmented-regression';
import { AUTUMN_WEEKS, EVENTS_FAR_FROM_AUTUMN_FIGURES } from './autumn-weeks';
import { expectOk, expectRefusal, weeks } from './points';

// Issue #11: weekly files cover autumn terms only, so an event in an unobserved stretch has no "change at the event".
const series = [2022, 2023, 2024, 2025].flatMap((year) =>
  // A season by week, a steady trend and a fixed irregular wobble, so the fit itself has nothing to refuse.
  weeks(
    year,
    AUTUMN_WEEKS,
    (week) => 5 + week / 40 + (year - 2022) / 20 + ((week * 7 + year * 13) % 11) / 50,
  ),
);

describe('a weekly change at the event needs figures near the event', () => {
  test.each(EVENTS_FAR_FROM_AUTUMN_FIGURES)('%s is refused', (date, end, reason) => {
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
