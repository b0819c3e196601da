import { describe, expect, test } from 'vitest';
import { formatEventDate } from '../../../src/app/chart-events/event-details';
import { dateToX, kindOf, percentAlong } from '../../../src/app/chart-events/event-geometry';
import type { TimelineEvent } from '../../../src/timeline/event';
import type { DatePrecision } from '../../../src/timeline/iso-date';

function event(
  id: string,
  start: string,
  origin: 'curated' | 'marker' = 'curated',
  end: string | null = null,
) {
  return { id, start, end, origin, title: id } as TimelineEvent;
}

const domain = [dateToX('2023-01-01'), dateToX('2023-12-31')] as const;

describe('placing events on the time axis', () => {
  test.each([
    ['2023-01-01', 0],
    ['2023-12-31', 100],
    ['2023-07-02', 50],
    ['2022-06-01', 0],
    ['2024-06-01', 100],
  ])('%s lies %f%% along', (date, percent) => {
    expect(percentAlong(dateToX(date), domain)).toBeCloseTo(percent, 0);
  });

  test.each([
    [[event('a', '2023-01-01')], 'curated'],
    [[event('a', '2023-01-01', 'marker')], 'marker'],
    [[event('a', '2023-01-01'), event('b', '2023-01-01', 'marker')], 'mixed'],
  ])('a group is %#: %s', (events, kind) => {
    expect(kindOf(events)).toBe(kind);
  });
});

describe('event dates in words', () => {
  test.each([
    ['2024-05-21', null, 'day', '21 May 2024'],
    ['2022-03-01', '2022-03-31', 'month', 'March 2022'],
    ['2022-01-01', '2022-12-31', 'year', '2022'],
    ['2024-01-08', '2024-03-31', 'day', '8 Jan 2024 – 31 Mar 2024'],
    ['2023-09-01', '2024-07-31', 'month', 'September 2023 – 31 Jul 2024'],
  ] as const)('%s to %s (%s) reads %s', (start, end, precision, text) => {
    expect(formatEventDate({ start, end, precision: precision as DatePrecision })).toBe(text);
  });
});
