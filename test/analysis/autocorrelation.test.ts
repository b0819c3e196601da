import { describe, expect, test } from 'vitest';
import {
  durbinWatson,
  lag1Autocorrelation,
  neweyWestCovariance,
  neweyWestLags,
} from '../../src/analysis/autocorrelation';

// Residuals worked by hand: sums of squares and of lag-1 products are small enough to check on paper.
describe('lag-1 statistics of residuals', () => {
  test.each([
    // [residuals, Durbin–Watson, lag-1 autocorrelation]
    ['alternating signs (negative autocorrelation)', [1, -1, 1, -1], 3, -0.75],
    ['runs of one sign (positive autocorrelation)', [1, 1, -1, -1], 1, 0.25],
    ['a steady drift', [2, 1, -1, -2], 0.6, 0.3],
  ])('%s', (_, residuals, dw, rho) => {
    expect(durbinWatson(residuals)).toBeCloseTo(dw, 12);
    expect(lag1Autocorrelation(residuals)).toBeCloseTo(rho, 12);
  });
});

describe("Newey and West's number of lags", () => {
  test.each([
    [10, 2],
    [50, 3],
    [100, 4],
    [1000, 6],
  ])('%i observations take %i lags', (n, lags) => {
    expect(neweyWestLags(n)).toBe(lags);
  });
});

describe('Newey–West covariance', () => {
  // An intercept-only fit: (XᵀX)⁻¹ = 1/n, so the variance is (Σe² + 2 Σₗ wₗ Σₜ eₜeₜ₋ₗ) / n² · n/(n − 1).
  const residuals = [1, -1, 2, -2, 0];
  const intercept = residuals.map(() => [1]);
  const inverse = [[1 / residuals.length]];

  test.each([
    // Σe² = 10, so 10 / 25 · 5/4.
    ['no lags: the White variance with the small-sample factor', 0, 0.5],
    // Σ eₜeₜ₋₁ = −7 with weight 1/2: (10 − 7) / 25 · 5/4.
    ['one lag: negative neighbours shrink it', 1, 0.15],
    // Σ eₜeₜ₋₂ = 2 + 2 + 0 = 4; weights 2/3 and 1/3: (10 − 2·7·2/3 + 2·4/3) / 25 · 5/4.
    ['two lags: Bartlett weights 2/3 and 1/3', 2, 1 / 6],
  ])('%s', (_, lags, variance) => {
    const cov = neweyWestCovariance(intercept, residuals, inverse, lags);
    expect(cov).toHaveLength(1);
    expect(cov[0]?.[0]).toBeCloseTo(variance, 12);
  });

  test('positively correlated residuals widen the variance past the White one', () => {
    const runs = [1, 1, 1, -1, -1, -1, 1, 1, -1, -1];
    const ones = runs.map(() => [1]);
    const inv = [[1 / runs.length]];
    const white = neweyWestCovariance(ones, runs, inv, 0)[0]?.[0] ?? NaN;
    const hac = neweyWestCovariance(ones, runs, inv, 2)[0]?.[0] ?? NaN;
    expect(hac).toBeGreaterThan(white);
  });

  test('a two-column fit gives a symmetric matrix with the hand-worked entries', () => {
    // Design [1, t] for t = 0, 1, 2, 3 and a diagonal (XᵀX)⁻¹ stand-in, so each entry is one sum of the meat.
    const design = [0, 1, 2, 3].map((t) => [1, t]);
    const e = [1, -1, -1, 1];
    const identity = [
      [1, 0],
      [0, 1],
    ];
    const cov = neweyWestCovariance(design, e, identity, 0);
    // Meat: Σe² = 4, Σ t e² = 6, Σ t² e² = 14; factor n/(n − k) = 2.
    expect(cov).toEqual([
      [8, 12],
      [12, 28],
    ]);
  });
});
