import { describe, expect, test } from 'vitest';
import { timeTicks } from '../../src/charts/time-ticks';

const years = Array.from({ length: 10 }, (_, i) => [i * 100, `20${15 + i}/${16 + i}`] as const);

describe('timeTicks', () => {
  test('labels every period when the plot is wide enough', () => {
    expect(timeTicks(years, [0, 900], 900)).toEqual(years.map(([x]) => x));
  });

  test('thins labels so the longest fits between ticks', () => {
    // "2015/16" needs about 7 × 7.5 + 16 = 68.5 px: on 300 px, every third year.
    expect(timeTicks(years, [0, 900], 300)).toEqual([0, 300, 600, 900]);
  });

  test('spaces by position, not by count, so bunched weeks do not overprint', () => {
    const weeks = [
      [0, '2022 week 37'],
      [1, '2022 week 38'],
      [2, '2022 week 39'],
      [100, '2023 week 37'],
      [101, '2023 week 38'],
    ] as const;
    expect(timeTicks(weeks, [0, 101], 600)).toEqual([0, 100]);
  });
});
