import { describe, expect, test } from 'vitest';
import { CLASS_COLOURS, classify } from '../../src/charts/map-classes';

const TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('map classes', () => {
  test.each([
    {
      name: 'quantiles of ten values: two in each class, bounds the values held',
      values: TEN,
      method: 'quantile' as const,
      counts: [2, 2, 2, 2, 2],
      bounds: [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
        [9, 10],
      ],
    },
    {
      name: 'equal intervals of 0–10: edges every 2, a value on an edge in the upper class',
      values: [0, 1, 2, 3.9, 4, 10],
      method: 'equal' as const,
      counts: [2, 2, 1, 0, 1],
      bounds: [
        [0, 2],
        [2, 4],
        [4, 6],
        [6, 8],
        [8, 10],
      ],
    },
    {
      name: 'equal intervals keep an empty middle class',
      values: [1, 1.1, 9.9, 10],
      method: 'equal' as const,
      counts: [2, 0, 0, 0, 2],
      bounds: [
        [1, 2.8],
        [2.8, 4.6],
        [4.6, 6.4],
        [6.4, 8.2],
        [8.2, 10],
      ],
    },
  ])('$name', ({ values, method, counts, bounds }) => {
    const { classes } = classify(values, method);
    expect(classes.map((c) => c.count)).toEqual(counts);
    classes.forEach((c, i) => {
      expect(c.lower).toBeCloseTo(bounds[i]?.[0] ?? NaN, 9);
      expect(c.upper).toBeCloseTo(bounds[i]?.[1] ?? NaN, 9);
    });
  });

  test('every value falls in the class whose bounds hold it, light to dark', () => {
    const values = [0.4, 2.2, 2.3, 2.3, 3.67, 1.1, 2.9, 0.9];
    const { classes, classOf } = classify(values, 'quantile');
    for (const value of values) {
      const c = classes[classOf(value)];
      expect(value).toBeGreaterThanOrEqual(c?.lower ?? Infinity);
      expect(value).toBeLessThanOrEqual(c?.upper ?? -Infinity);
    }
    expect(classes.map((c) => c.colour)).toEqual(CLASS_COLOURS);
    expect(CLASS_COLOURS).toHaveLength(5);
  });

  test('a missing value is never classed (it is hatched, not coloured)', () => {
    expect(classify(TEN, 'quantile').classOf(NaN)).toBe(-1);
  });
});
