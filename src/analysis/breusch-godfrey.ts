import { fitLeastSquares } from './least-squares';
import { normalUpperTail } from './t-distribution';

/** Below this p-value the test rejects "no residual autocorrelation", and the fit is refused. */
export const BREUSCH_GODFREY_ALPHA = 0.05;

export interface BreuschGodfrey {
  /** n·R² of the auxiliary regression. */
  lm: number;
  /** χ² with one degree of freedom, upper tail. */
  p: number;
}

/**
 * Breusch–Godfrey test of order 1 for residual autocorrelation, as statsmodels' acorr_breusch_godfrey(nlags=1)
 * computes it: regress the residuals on the model's columns and the residual one step earlier (0 before the first),
 * LM = n·R², p from χ²(1). Unlike Durbin–Watson it stays valid with the model's indicator columns. Null when the
 * auxiliary regression cannot be fitted.
 */
export function breuschGodfrey(
  design: readonly (readonly number[])[],
  residuals: readonly number[],
): BreuschGodfrey | null {
  const n = residuals.length;
  const auxiliary = design.map((row, t) => [...row, t === 0 ? 0 : (residuals[t - 1] ?? 0)]);
  const fit = fitLeastSquares(auxiliary, residuals);
  if (!fit) return null;
  const mean = residuals.reduce((sum, e) => sum + e, 0) / n;
  const total = residuals.reduce((sum, e) => sum + (e - mean) ** 2, 0);
  const unexplained = fit.residuals.reduce((sum, e) => sum + e * e, 0);
  const lm = n * (1 - unexplained / total);
  // χ² with one degree of freedom is Z²: its upper tail at lm is both tails of the normal at √lm.
  return { lm, p: 2 * normalUpperTail(Math.sqrt(lm)) };
}
