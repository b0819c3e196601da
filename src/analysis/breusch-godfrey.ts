import { fitLeastSquares } from './least-squares';

/** Below this p-value the test rejects "no residual autocorrelation", and the fit is refused. */
export const BREUSCH_GODFREY_ALPHA = 0.05;

/**
 * Complementary error function, Chebyshev fit with fractional error below 1.2e-7 everywhere (Press et al.,
 * Numerical Recipes, erfcc): ample for a p-value compared with 0.05.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

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
  return { lm, p: erfc(Math.sqrt(lm / 2)) };
}
