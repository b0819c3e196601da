import { describe, expect, test } from 'vitest';
import type { Refusal } from '../../src/analysis/analysis-types';
import { checkNearEvent } from '../../src/analysis/data-near-event';
import { placeEvent, type PlacedEvent } from '../../src/analysis/event-phase';
import { slotSeries } from '../../src/analysis/slot-series';
import { AUTUMN_WEEKS, EVENTS_FAR_FROM_AUTUMN_FIGURES } from './autumn-weeks';
import { weeks } from './points';

// checkNearEvent on its own (data-near-event.test.ts reaches it through the segmented regression).
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

const rows = rowsOf([2023, 2024].flatMap((year) => weeks(year, AUTUMN_WEEKS, () => 5)));

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

  test.each(EVENTS_FAR_FROM_AUTUMN_FIGURES)('%s (to %s) is refused', (date, end, reason) => {
    expect(checkNearEvent(rows, weekEvent(date), end)?.reason).toMatch(reason);
  });

  test('weeks without a figure do not count as near', () => {
    // The first autumn weeks of 2024 are suppressed: the first figure is week 45, far from a late-August event.
    const gappy = rowsOf([
      ...weeks(2023, AUTUMN_WEEKS, () => 5),
      ...weeks(2024, AUTUMN_WEEKS, (week) => (week < 45 ? null : 5)),
    ]);
    expect(checkNearEvent(gappy, weekEvent('2024-08-19'), null)?.reason).toMatch(/the first is 2024 Week 45/);
    expect(checkNearEvent(rows, weekEvent('2024-08-19'), null)).toBeNull();
  });
});
