import { describe, expect, test } from 'vitest';
import { fitLeastSquares, invertMatrix, slope } from '../../src/analysis/least-squares';

describe('invertMatrix', () => {
  // By hand: [[4, 7], [2, 6]] has determinant 10, so its inverse is [[6, -7], [-2, 4]] / 10.
  test('a 2 × 2 inverse', () => {
    const inverse = invertMatrix([
      [4, 7],
      [2, 6],
    ]);
    expect(inverse?.flat().map((value) => Number(value.toFixed(12)))).toEqual([0.6, -0.7, -0.2, 0.4]);
  });

  // A row swap is needed (zero first pivot); the matrix is its own inverse (a permutation).
  test('pivots past a zero', () => {
    const m = [
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ];
    expect(invertMatrix(m)).toEqual(m);
  });

  test.each([
    [
      'dependent rows',
      [
        [1, 2],
        [2, 4],
      ],
    ],
    [
      'all zeros',
      [
        [0, 0],
        [0, 0],
      ],
    ],
  ])('refuses %s', (_, matrix) => {
    expect(invertMatrix(matrix)).toBeNull();
  });
});

// Reference (by hand, checked with python3 statistics.linear_regression): x = 0..4, y = [1, 3, 2, 5, 4];
// mean x = 2, mean y = 3, Sxy = 8, Sxx = 10, so slope = 0.8, intercept = 1.4; residuals [-0.4, 0.8, -1, 1.2, -0.6],
// RSS = 3.6, sigma^2 = 1.2 on 3 df; se(slope) = sqrt(1.2 / 10), se(intercept) = sqrt(1.2 * (1/5 + 4/10)).
describe('fitLeastSquares', () => {
  const x = [0, 1, 2, 3, 4];
  const y = [1, 3, 2, 5, 4];
  test('a straight line', () => {
    const fit = fitLeastSquares(
      x.map((xi) => [1, xi]),
      y,
    );
    expect(fit?.coefficients[0]).toBeCloseTo(1.4, 12);
    expect(fit?.coefficients[1]).toBeCloseTo(0.8, 12);
    expect(fit?.df).toBe(3);
    expect(fit?.standardErrors[1]).toBeCloseTo(Math.sqrt(0.12), 12);
    expect(fit?.standardErrors[0]).toBeCloseTo(Math.sqrt(1.2 * 0.6), 12);
    expect(fit?.residuals.map((value) => Number(value.toFixed(12)))).toEqual([-0.4, 0.8, -1, 1.2, -0.6]);
    expect(slope(x, y)).toBeCloseTo(0.8, 12);
  });

  test('refuses a singular design or no residual degrees of freedom', () => {
    expect(
      fitLeastSquares(
        x.map((xi) => [1, xi, 2 * xi]),
        y,
      ),
    ).toBeNull();
    expect(
      fitLeastSquares(
        [
          [1, 0],
          [1, 1],
        ],
        [1, 2],
      ),
    ).toBeNull();
    expect(slope([3, 3], [1, 2])).toBeNull();
  });
});
