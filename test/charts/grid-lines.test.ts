import { expect, test } from 'vitest';
import { gridPositions } from '../../src/charts/grid-lines';

const scale = (value: number) => 100 + value * 2;

test('a grid line at each tick, with the plot edges added where no tick falls on them', () => {
  expect(gridPositions([10, 20, 30], scale, [100, 200])).toEqual([120, 140, 160, 100, 200]);
});

test('an edge a tick already marks is not drawn twice', () => {
  expect(gridPositions([0, 25, 50], scale, [100, 200])).toEqual([100, 150, 200]);
});

test('a tick the scale cannot place draws no line', () => {
  const partial = (value: number) => (value > 40 ? undefined : scale(value));
  expect(gridPositions([10, 50], partial, [100, 200])).toEqual([120, 100, 200]);
});
