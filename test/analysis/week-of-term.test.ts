import { describe, expect, test } from 'vitest';
import type { Point } from '../../src/analysis/analysis-types';
import { slotSeries } from '../../src/analysis/slot-series';
import { weekOfTerm, weeklySeasons } from '../../src/analysis/week-of-term';
import { expectOk, weeks } from './points';

const slotted = (points: readonly Point[]) => expectOk(slotSeries(points, 'week')).rows;

describe('the week of term of a weekly figure', () => {
  test.each([
    // 2023: 1 September is a Friday, so week 1 holds Monday 4 September.
    ['2023-09-04', 'autumn week 1'],
    ['2023-09-11', 'autumn week 2'],
    ['2023-12-11', 'autumn week 15'],
    // 2024: 1 January is a Monday, so week 1 of the spring term starts that day.
    ['2024-01-08', 'spring week 2'],
    ['2024-04-15', 'summer week 3'],
  ])('the week of Monday %s is %s', (start, label) => {
    const [row] = slotted([{ period: start, start, value: 1 }]);
    if (!row) throw new Error('no row');
    expect(weekOfTerm(row)).toBe(label);
  });
});

describe('weekly seasons for the trend fit', () => {
  test('a week of term seen in two school years is kept; one seen once is left out and said', () => {
    const rows = slotted([...weeks(2022, [37, 38], () => 5), ...weeks(2023, [37, 38, 39], () => 6)]);
    const seasons = weeklySeasons(rows);
    // ISO weeks 37 and 38 are autumn weeks 2 and 3 in both years (week 36 holds the first Monday of September).
    expect(seasons.seasons).toEqual(['autumn week 2', 'autumn week 3']);
    expect(seasons.rows).toHaveLength(4);
    expect(seasons.note).toBe(
      '2023 Week 39 is left out of the trend fit: its week of term appears in one school year only (2023/24), ' +
        'so its season cannot be estimated.',
    );
  });

  test('nothing left out: no note', () => {
    const rows = slotted([...weeks(2022, [36], () => 5), ...weeks(2023, [36], () => 6)]);
    expect(weeklySeasons(rows)).toMatchObject({ seasons: ['autumn week 1'], note: null });
  });
});
