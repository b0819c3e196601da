import { expect, test } from 'vitest';
import { intervalText } from '../../../../src/app/briefing/before-after/analysis-format';

// Issue #26 point 3: an interval bound is never rounded to or across zero.
test.each([
  [-0.002, 0.047, '−0.002 to +0.047 pp'],
  [-0.04, 0.004, '−0.040 to +0.004 pp'],
  [-0.0004, 0.3, '−0.0004 to +0.3000 pp'],
  [0.12, 0.36, '+0.12 to +0.36 pp'],
  [-1.106, 2.209, '−1.11 to +2.21 pp'],
  [0, 0.5, '0.00 to +0.50 pp'],
])('%f to %f reads "%s"', (lower, upper, text) => {
  expect(intervalText({ lower, upper, level: 0.95 })).toBe(text);
});
