import { describe, expect, test } from 'vitest';
import type { Refusal } from '../../src/analysis/analysis-types';
import { checkNearEvent, MAX_WEEKS_TO_FIRST_FIGURE } from '../../src/analysis/data-near-event';
import { placeEvent, type PlacedEvent } from '../../src/analysis/event-phase';
import { slotSeries } from '../../src/analysis/slot-series';
import { weeks } from './points';

// checkNearEvent on its own (data-near-event.test.ts reaches it through the segmented regression).
const autumn = [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49];

function rowsOf(points: ReturnType<typeof weeks>) {
  const slotted = slotSeries(points, 'week');
  if (!slotted.ok) throw new Error(slotted.reason);
  return slotted.rows;
}

function weekEvent(date: string): PlacedEvent {
  const placed = placeEvent(date, 'week');
  if ('ok' in placed) throw new Error((placed as Refusal).reason);
  return placed;
}

const rows = rowsOf([2023, 2024].flatMap((year) => weeks(year, autumn, () => 5)));

describe('a weekly figure near the event', () => {
  test.each([
    // [event, end of its span]: figures within the span, or within four weeks after.
    ['2023-10-02', '2023-11-30'],
    ['2024-08-19', null],
    ['2023-12-01', null],
  ])('%s (to %s) passes', (date, end) => {
    expect(checkNearEvent(rows, weekEvent(date), end)).toBeNull();
  });

  test('an event after the last figure passes: there is nothing after it to misread', () => {
    expect(checkNearEvent(rows, weekEvent('2025-01-15'), null)).toBeNull();
  });

  test.each([
    [
      '2024-01-08',
      '2024-03-31',
      /No weekly figure falls within the event's span \(2024-01-08 to 2024-03-31\)/,
    ],
    [
      '2024-05-21',
      null,
      new RegExp(
        `within ${MAX_WEEKS_TO_FIRST_FIGURE} weeks after the event \\(2024-05-21\\): the first is 2024 Week 37, 16 weeks later`,
      ),
    ],
  ])('%s (to %s) is refused', (date, end, reason) => {
    expect(checkNearEvent(rows, weekEvent(date), end)?.reason).toMatch(reason);
  });

  test('weeks without a figure do not count as near', () => {
    // The first autumn weeks of 2024 are suppressed: the first figure is week 45, far from a late-August event.
    const gappy = rowsOf([
      ...weeks(2023, autumn, () => 5),
      ...weeks(2024, autumn, (week) => (week < 45 ? null : 5)),
    ]);
    expect(checkNearEvent(gappy, weekEvent('2024-08-19'), null)?.reason).toMatch(/the first is 2024 Week 45/);
    expect(checkNearEvent(rows, weekEvent('2024-08-19'), null)).toBeNull();
  });
});
