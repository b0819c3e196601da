import { describe, expect, test } from 'vitest';
import { stableValue, type Kept } from '../../src/charts/use-stable';

/** The values a component's renders would pass on, one render per value, as useStable keeps them. */
function rendered<T>(values: readonly T[]): T[] {
  let kept: Kept<T> | null = null;
  return values.map((value) => {
    kept = stableValue(kept ?? { key: JSON.stringify(value), value }, value);
    return kept.value;
  });
}

describe('props that Recharts compares by identity', () => {
  test('an equal new object is passed on as the same object, so the chart is not recomputed', () => {
    const first = { domain: [0, 10], ticks: [0, 5, 10] };
    const [a, b] = rendered([first, { domain: [0, 10], ticks: [0, 5, 10] }]);
    expect(b).toBe(a);
    expect(b).toBe(first);
  });

  test('a changed value is passed on at once, and kept from then on', () => {
    const changed = { domain: [0, 12] };
    const [, b, c] = rendered([{ domain: [0, 10] }, changed, { domain: [0, 12] }]);
    expect(b).toBe(changed);
    expect(c).toBe(changed);
  });
});
