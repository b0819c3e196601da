import { describe, expect, test } from 'vitest';
import { keptAfter } from '../../src/queries/use-kept-while-loading';
import type { Kept } from '../../src/charts/use-stable';

interface Render {
  value: string;
  key: string;
  ready: boolean;
}

/** What a chart draws on each render, as useKeptWhileLoading decides: React's state is the `kept` carried along. */
function drawn(renders: readonly Render[]): string[] {
  let kept: Kept<string> | null = null;
  return renders.map(({ value, key, ready }) => {
    const before: Kept<string> = kept ?? { key, value };
    kept = keptAfter(before, value, key, ready);
    return ready ? value : before.value;
  });
}

describe('a chart keeps the choices its data came from while new data loads', () => {
  test('new choices are drawn only once their data is ready', () => {
    expect(
      drawn([
        { value: 'England', key: 'a', ready: true },
        { value: 'England and Liverpool', key: 'b', ready: false },
        { value: 'England and Liverpool', key: 'b', ready: false },
        { value: 'England and Liverpool', key: 'b', ready: true },
      ]),
    ).toEqual(['England', 'England', 'England', 'England and Liverpool']);
  });

  test('after new choices have been drawn, the next load keeps them, not the first', () => {
    expect(
      drawn([
        { value: 'A', key: 'a', ready: true },
        { value: 'B', key: 'b', ready: true },
        { value: 'C', key: 'c', ready: false },
      ]),
    ).toEqual(['A', 'B', 'B']);
  });
});
