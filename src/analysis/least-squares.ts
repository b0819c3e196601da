/*
 * Ordinary least squares for the handful of columns the analyses need (at most four), by the normal equations
 * and Gauss–Jordan inversion with partial pivoting. Small, so written here rather than adding a dependency.
 */

/** Pivots smaller than this share of the matrix's largest entry count as zero: the columns are not independent. */
const SINGULAR = 1e-10;

/** The inverse of a square matrix, or null when it is singular (or nearly so). */
export function invertMatrix(matrix: readonly (readonly number[])[]): number[][] | null {
  const size = matrix.length;
  const scale = Math.max(...matrix.flat().map(Math.abs));
  if (!(scale > 0)) return null;
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: size }, (_, j) => (i === j ? 1 : 0))]);
  const at = (i: number, j: number): number => work[i]?.[j] ?? Number.NaN;
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(at(row, column)) > Math.abs(at(pivot, column))) pivot = row;
    }
    if (!(Math.abs(at(pivot, column)) > SINGULAR * scale)) return null;
    const pivotRow = work[pivot] ?? [];
    work[pivot] = work[column] ?? [];
    work[column] = pivotRow;
    const divisor = at(column, column);
    work[column] = pivotRow.map((value) => value / divisor);
    for (let row = 0; row < size; row += 1) {
      const factor = at(row, column);
      if (row === column || factor === 0) continue;
      work[row] = (work[row] ?? []).map((value, j) => value - factor * at(column, j));
    }
  }
  return work.map((row) => row.slice(size));
}

export interface LeastSquaresFit {
  coefficients: number[];
  standardErrors: number[];
  fitted: number[];
  residuals: number[];
  /** Residual degrees of freedom: observations minus coefficients. */
  df: number;
  /** Residual standard error, √(RSS / df). */
  sigma: number;
  /** Covariance of the coefficients, σ² (XᵀX)⁻¹. */
  covariance: number[][];
  /** (XᵀX)⁻¹, for covariances that do not assume independent errors (Newey–West). */
  xtxInverse: number[][];
}

/**
 * Fits y = X b by least squares. Returns null when XᵀX is singular or there are no residual degrees of freedom
 * (as many coefficients as observations leave nothing to estimate the error from).
 */
export function fitLeastSquares(
  design: readonly (readonly number[])[],
  y: readonly number[],
): LeastSquaresFit | null {
  const columns = design[0]?.length ?? 0;
  const df = y.length - columns;
  if (columns === 0 || df < 1 || design.length !== y.length) return null;
  const column = (j: number): number[] => design.map((row) => row[j] ?? Number.NaN);
  const dot = (a: readonly number[], b: readonly number[]): number =>
    a.reduce((sum, value, i) => sum + value * (b[i] ?? Number.NaN), 0);
  const cols = Array.from({ length: columns }, (_, j) => column(j));
  const normal = cols.map((a) => cols.map((b) => dot(a, b)));
  const inverse = invertMatrix(normal);
  if (!inverse) return null;
  const xty = cols.map((a) => dot(a, y));
  const coefficients = inverse.map((row) => dot(row, xty));
  const fitted = design.map((row) => dot(row, coefficients));
  const residuals = y.map((value, i) => value - (fitted[i] ?? Number.NaN));
  const variance = dot(residuals, residuals) / df;
  const covariance = inverse.map((row) => row.map((value) => value * variance));
  const standardErrors = covariance.map((row, i) => Math.sqrt(Math.max(0, row[i] ?? Number.NaN)));
  return {
    coefficients,
    standardErrors,
    fitted,
    residuals,
    df,
    sigma: Math.sqrt(variance),
    covariance,
    xtxInverse: inverse,
  };
}

/** Slope of y on x by least squares (no interval), or null with fewer than two distinct x. */
export function slope(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  const meanX = x.reduce((sum, value) => sum + value, 0) / n;
  const meanY = y.reduce((sum, value) => sum + value, 0) / n;
  const sxx = x.reduce((sum, value) => sum + (value - meanX) ** 2, 0);
  if (sxx === 0) return null;
  return x.reduce((sum, value, i) => sum + (value - meanX) * ((y[i] ?? Number.NaN) - meanY), 0) / sxx;
}
