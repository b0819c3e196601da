import { expect, test } from 'vitest';
import { hiddenLines, linesOverLimit } from '../../src/charts/drawn-lines';
import type { ChartModel } from '../../src/charts/series-model';

const model = (lines: number, periods: number, breaks = 0): ChartModel => ({
  lines: Array.from({ length: lines }, (_, i) => ({ key: `L${i}`, name: `Line ${i}` })),
  periods: [
    ...Array.from({ length: periods }, (_, i) => ({ x: i, label: `P${i}`, values: {}, flags: {} })),
    ...Array.from({ length: breaks }, (_, i) => ({
      x: periods + i,
      label: '',
      values: {},
      flags: {},
      isBreak: true,
    })),
  ],
});

test.each([
  // lines, periods, limit, lines held back
  [10, 10, 100, []],
  [10, 10, 99, ['L9']],
  [33, 2004, 12_000, Array.from({ length: 28 }, (_, i) => `L${i + 5}`)],
  [3, 50_000, 12_000, ['L1', 'L2']],
  [0, 10, 5, []],
  [5, 0, 5, []],
])('%i lines × %i periods, limit %i', (lines, periods, limit, expected) => {
  expect(linesOverLimit(model(lines, periods), limit)).toEqual(expected);
});

test('breaks between terms are not figures', () => {
  expect(linesOverLimit(model(2, 5, 100), 10)).toEqual([]);
});

test.each([
  [['a', 'b'], [], ['a', 'b']],
  [['a', 'b'], ['a'], ['b']],
  [['a'], ['c'], ['a', 'c']],
  [[], ['c'], ['c']],
])('held back %j, toggled %j: hidden %j', (heldBack, toggled, expected) => {
  expect([...hiddenLines(heldBack, new Set(toggled))].sort()).toEqual(expected);
});
