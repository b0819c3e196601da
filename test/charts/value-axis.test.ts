import { describe, expect, test } from 'vitest';
import { formatTick, valueAxis } from '../../src/charts/value-axis';

describe('valueAxis', () => {
  test('runs from zero to a round number above the highest value, in round steps', () => {
    expect(valueAxis([0.6, 1.65, 2.39])).toEqual({ domain: [0, 2.5], ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
    expect(valueAxis([10.5, 22.51])).toEqual({ domain: [0, 25], ticks: [0, 5, 10, 15, 20, 25] });
  });

  test('writes decimal steps exactly', () => {
    const { ticks } = valueAxis([0.3]);
    expect(ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  test('goes below zero when a value does, and ignores gaps', () => {
    expect(valueAxis([-3, Number.NaN, 7])).toEqual({ domain: [-4, 8], ticks: [-4, -2, 0, 2, 4, 6, 8] });
  });

  test.each([
    { values: [1.65, 2.03, 2.39], domain: [1.6, 2.4] },
    { values: [18.1, 22.5], domain: [18, 23] },
    { values: [2.3, 2.3], domain: [2.2, 3.4] },
    { values: [-1, 4], domain: [-1, 4] },
  ])('need not start at zero: $values runs over $domain', ({ values, domain }) => {
    expect(valueAxis(values, undefined, 5, false).domain).toEqual(domain);
  });

  test('keeps a shared top, and draws something for no values at all', () => {
    expect(valueAxis([1], 3).domain).toEqual([0, 3]);
    expect(valueAxis([]).domain).toEqual([0, 1]);
  });
});

test.each([
  [8000000, '', '8,000,000'],
  [2500, '', '2,500'],
  [0.5, '%', '0.5%'],
  [-1200, '', '-1,200'],
  [12.5, '%', '12.5%'],
  [0, '£m', '0'],
])('the tick %d (%s) reads %s', (value, unit, text) => {
  expect(formatTick(value, unit)).toBe(text);
});
