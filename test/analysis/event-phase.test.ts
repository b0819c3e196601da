import { describe, expect, test } from 'vitest';
import type { Granularity, Point, Refusal } from '../../src/analysis/analysis-types';
import { duringCaveat, phaseOf, placeEvent, type PlacedEvent } from '../../src/analysis/event-phase';
import { slotSeries, type SlottedPoint } from '../../src/analysis/slot-series';
import { weeks, years } from './points';

function placed(date: string, granularity: Granularity): PlacedEvent {
  const event = placeEvent(date, granularity);
  if ('ok' in event) throw new Error((event as Refusal).reason);
  return event;
}

function slotted(points: Point[], granularity: Granularity): SlottedPoint[] {
  const result = slotSeries(points, granularity);
  if (!result.ok) throw new Error(result.reason);
  return result.rows;
}

describe('placing an event', () => {
  test.each([
    // [date, granularity, label, academic year, exact day]
    ['2023-10-05', 'year', '2023/24', 2023, true],
    ['2023-11', 'year', '2023/24', 2023, false],
    // The statutory guidance of 19 August 2024 belongs to 2024/25, in the holiday before it.
    ['2024-08-19', 'year', 'the summer holiday before 2024/25', 2024, true],
    ['2024-08', 'year', 'the summer holiday before 2024/25', 2024, true],
    ['2024-08-19', 'term', 'the summer holiday before 2024/25 Autumn term', 2024, true],
    ['2024-02-10', 'term', '2023/24 Spring term', 2023, true],
    ['2024-08-19', 'week', '2024 Week 34, in the summer holiday before 2024/25', 2024, true],
    ['2024-09-10', 'week', '2024 Week 37', 2024, true],
  ] as const)('%s by %s is %s', (date, granularity, label, academicYear, exactDay) => {
    const event = placed(date, granularity);
    expect(event).toMatchObject({ date, label, academicYear, exactDay });
  });

  test.each([
    ['2024', 'year', /known only to the year/],
    ['2024-05', 'week', /known only to the month/],
    ['2024-13-01', 'year', /not a date/],
  ] as const)('%s by %s is refused', (date, granularity, reason) => {
    const event = placeEvent(date, granularity);
    expect(event).toMatchObject({ ok: false });
    expect((event as Refusal).reason).toMatch(/^The event date cannot be used: /);
    expect((event as Refusal).reason).toMatch(reason);
  });
});

describe('the phase of a period', () => {
  const annual = slotted(
    years([
      ['2022/23', 1],
      ['2023/24', 2],
      ['2024/25', 3],
    ]),
    'year',
  );
  const phases = (event: PlacedEvent) => annual.map((row) => phaseOf(row, event));

  test('the period holding the event is during; those either side before and after', () => {
    expect(phases(placed('2023-11-01', 'year'))).toEqual(['before', 'during', 'after']);
  });

  test('a period starting on the day of the event is wholly after it', () => {
    // Years start on 1 September: an event that day, dated to the day, leaves 2023/24 wholly after it.
    expect(phases(placed('2023-09-01', 'year'))).toEqual(['before', 'after', 'after']);
    // Dated only to the month, it cannot be told apart from the rest of the period.
    expect(phases(placed('2023-09', 'year'))).toEqual(['before', 'during', 'after']);
  });

  test('an August event leaves the year it ends wholly before it', () => {
    expect(phases(placed('2024-08-19', 'year'))).toEqual(['before', 'before', 'after']);
  });

  test('weeks: the week holding the day is during, a week starting that Monday is after', () => {
    const weekly = slotted(
      weeks(2024, [37, 38], () => 1),
      'week',
    );
    expect(weekly.map((row) => phaseOf(row, placed('2024-09-11', 'week')))).toEqual(['during', 'after']);
    expect(weekly.map((row) => phaseOf(row, placed('2024-09-09', 'week')))).toEqual(['after', 'after']);
  });

  test('the caveat names the periods set aside as during', () => {
    expect(duringCaveat(annual, placed('2023-11-01', 'year'))).toBe(
      '2023/24 contains the event (2023-11-01) and is set aside as "during": it mixes time before and after it.',
    );
    expect(duringCaveat(annual, placed('2023-09-01', 'year'))).toBeNull();
  });
});
