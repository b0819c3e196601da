import { describe, expect, test } from 'vitest';
import { BREUSCH_GODFREY_ALPHA, breuschGodfrey } from '../../src/analysis/breusch-godfrey';
import { fitLeastSquares } from '../../src/analysis/least-squares';
import { seededRandom } from '../support/seeded-random';

/** Residuals of a straight-line fit to `values`, with the design the test is given. */
function lineFit(values: readonly number[]) {
  const design = values.map((_, t) => [1, t]);
  const fit = fitLeastSquares(design, values);
  if (!fit) throw new Error('the line could not be fitted');
  return { design, residuals: fit.residuals };
}

// A fixed irregular sequence, so "no autocorrelation" is the same every run.
function irregular(n: number): number[] {
  const next = seededRandom(12345);
  return Array.from({ length: n }, () => next() - 0.5);
}

describe('Breusch–Godfrey test of order 1', () => {
  test('a slow wave around the line is autocorrelated, and rejected', () => {
    const { design, residuals } = lineFit(Array.from({ length: 40 }, (_, t) => t / 10 + Math.sin(t / 4)));
    const result = breuschGodfrey(design, residuals);
    expect(result?.p).toBeLessThan(BREUSCH_GODFREY_ALPHA);
    // LM = n·R² lies between 0 and n.
    expect(result?.lm).toBeGreaterThan(20);
    expect(result?.lm).toBeLessThanOrEqual(40);
  });

  test('irregular noise around the line is not rejected', () => {
    const noise = irregular(40);
    const { design, residuals } = lineFit(noise.map((e, t) => t / 10 + e));
    const result = breuschGodfrey(design, residuals);
    expect(result?.p).toBeGreaterThan(BREUSCH_GODFREY_ALPHA);
    expect(result?.lm).toBeGreaterThanOrEqual(0);
  });

  test('p is the χ²(1) upper tail: 3.84 is the 5% point', () => {
    // Residuals alternating in sign are the lagged residual's mirror image: R² near 1, a tiny p.
    const { design, residuals } = lineFit(Array.from({ length: 30 }, (_, t) => t + (t % 2 === 0 ? 1 : -1)));
    const strong = breuschGodfrey(design, residuals);
    expect(strong?.lm).toBeGreaterThan(3.84);
    expect(strong?.p).toBeLessThan(0.05);
  });

  test('null when the auxiliary regression has more columns than rows', () => {
    expect(
      breuschGodfrey(
        [
          [1, 0],
          [1, 1],
        ],
        [0.5, -0.5],
      ),
    ).toBeNull();
  });
});
