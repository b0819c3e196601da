import { describe, expect, test } from 'vitest';
import { oncePerAnswer } from '../../src/charts/once-per-answer';

describe('oncePerAnswer', () => {
  test('derives once for the same rows, again for other rows with equal content', () => {
    let runs = 0;
    const count = oncePerAnswer((rows: readonly number[]) => {
      runs++;
      return { length: rows.length };
    });
    const rows = [1, 2, 3];
    const first = count(rows);
    expect(count(rows)).toBe(first);
    expect(runs).toBe(1);
    expect(count([1, 2, 3])).toEqual(first);
    expect(runs).toBe(2);
  });

  test('keeps a null result instead of deriving it again', () => {
    let runs = 0;
    const none = oncePerAnswer((_rows: readonly number[]) => {
      runs++;
      return null;
    });
    const rows: number[] = [];
    expect(none(rows)).toBeNull();
    expect(none(rows)).toBeNull();
    expect(runs).toBe(1);
  });
});
