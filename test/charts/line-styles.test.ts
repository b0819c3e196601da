import { describe, expect, test } from 'vitest';
import { EMPHASIS_STYLE, FOCUS_STYLE, lineStyle } from '../../src/charts/line-styles';

describe('lines tell apart without colour (WCAG 1.4.1)', () => {
  test('the first 28 lines each have their own marker shape and dash pattern', () => {
    const looks = Array.from({ length: 28 }, (_, index) => {
      const style = lineStyle(index);
      return `${style.shape}|${style.dash}`;
    });
    expect(new Set(looks).size).toBe(28);
  });

  test('neighbouring lines also differ in colour', () => {
    for (let index = 0; index < 40; index++)
      expect(lineStyle(index).colour).not.toBe(lineStyle(index + 1).colour);
  });

  test('England and the area drilled into are heavier than other lines and unlike each other', () => {
    expect(EMPHASIS_STYLE.width).toBeGreaterThan(lineStyle(0).width);
    expect(FOCUS_STYLE.width).toBe(EMPHASIS_STYLE.width);
    expect(FOCUS_STYLE.colour).not.toBe(EMPHASIS_STYLE.colour);
    expect(FOCUS_STYLE.shape).not.toBe(EMPHASIS_STYLE.shape);
  });
});
