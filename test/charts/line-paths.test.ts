import { expect, test } from 'vitest';
import { linePath } from '../../src/charts/line-paths';
import type { ChartModel } from '../../src/charts/series-model';

const model: ChartModel = {
  lines: [{ key: 'E', name: 'England' }],
  periods: [
    { x: 0, label: 'a', values: { E: 1 }, flags: {} },
    { x: 1, label: 'b', values: { E: 2 }, flags: {} },
    { x: 2, label: 'c', values: { E: null }, flags: { E: 'z' } },
    { x: 3, label: 'd', values: { E: 3 }, flags: {} },
    { x: 4, label: '', values: {}, flags: {}, isBreak: true },
    { x: 5, label: 'e', values: { E: 4 }, flags: {} },
    { x: 6, label: 'f', values: { E: 5 }, flags: {} },
  ],
};
const x = (v: number) => v * 10;
const y = (v: number) => 100 - v;

test('a line starts a new stroke after a missing value and after a break, and never joins across them', () => {
  expect(linePath(model, 'E', x, y)).toBe('M0.0,99.0L10.0,98.0M30.0,97.0M50.0,96.0L60.0,95.0');
});

test('an area with no values has no path', () => {
  expect(linePath(model, 'W', x, y)).toBe('');
});
