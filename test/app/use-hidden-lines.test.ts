import { describe, expect, test } from 'vitest';
import { toggled } from '../../src/app/use-hidden-lines';

describe('a legend entry hides and shows its line', () => {
  test('one click hides, the next shows again; other hidden lines stay hidden', () => {
    const start = new Set(['group:Unclassified']);
    const hidden = toggled(start, 'E92000001');
    expect([...hidden]).toEqual(['group:Unclassified', 'E92000001']);
    expect([...toggled(hidden, 'E92000001')]).toEqual(['group:Unclassified']);
  });

  test('the set React holds is never changed in place', () => {
    const start = new Set(['a']);
    expect(toggled(start, 'a')).not.toBe(start);
    expect([...start]).toEqual(['a']);
  });
});
