/*
 * Residual autocorrelation and standard errors that allow for it, as the interrupted time series tutorials ask
 * (Lopez Bernal, Cummins and Gasparrini 2017; Wagner et al. 2002): neighbouring weeks move together, so ordinary
 * least squares standard errors are too small.
 */

/** Durbin–Watson statistic Σ(eₜ − eₜ₋₁)² / Σeₜ²: about 2 with no lag-1 autocorrelation, towards 0 with positive. */
export function durbinWatson(residuals: readonly number[]): number {
  let num = 0;
  let den = 0;
  residuals.forEach((e, i) => {
    den += e * e;
    if (i > 0) num += (e - (residuals[i - 1] ?? 0)) ** 2;
  });
  return num / den;
}

/** Lag-1 autocorrelation of residuals, Σeₜeₜ₋₁ / Σeₜ² (residuals of a fit with an intercept have mean zero). */
export function lag1Autocorrelation(residuals: readonly number[]): number {
  let num = 0;
  let den = 0;
  residuals.forEach((e, i) => {
    den += e * e;
    if (i > 0) num += e * (residuals[i - 1] ?? 0);
  });
  return num / den;
}

/** Newey and West's (1994) rule of thumb for the number of lags: ⌊4 (n / 100)^(2/9)⌋. */
export function neweyWestLags(n: number): number {
  return Math.floor(4 * (n / 100) ** (2 / 9));
}

/**
 * Newey–West (HAC) covariance of least-squares coefficients with Bartlett weights 1 − l/(L+1) and the small-sample
 * factor n/(n − k), as statsmodels computes it (`cov_type='HAC'`, `use_correction=True`):
 * (XᵀX)⁻¹ S (XᵀX)⁻¹ · n/(n−k), S = Σₜ uₜuₜᵀ + Σₗ wₗ Σₜ (uₜuₜ₋ₗᵀ + uₜ₋ₗuₜᵀ), uₜ = xₜ eₜ.
 */
export function neweyWestCovariance(
  design: readonly (readonly number[])[],
  residuals: readonly number[],
  xtxInverse: readonly (readonly number[])[],
  lags: number,
): number[][] {
  const k = xtxInverse.length;
  const n = residuals.length;
  const scores = design.map((row, t) => row.map((x) => x * (residuals[t] ?? 0)));
  const meat = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const add = (a: readonly number[], b: readonly number[], weight: number) => {
    for (let i = 0; i < k; i += 1)
      for (let j = 0; j < k; j += 1) {
        const row = meat[i];
        if (row) row[j] = (row[j] ?? 0) + weight * ((a[i] ?? 0) * (b[j] ?? 0) + (b[i] ?? 0) * (a[j] ?? 0));
      }
  };
  scores.forEach((u) => add(u, u, 0.5));
  for (let lag = 1; lag <= lags; lag += 1) {
    const weight = 1 - lag / (lags + 1);
    for (let t = lag; t < n; t += 1) add(scores[t] ?? [], scores[t - lag] ?? [], weight);
  }
  const multiply = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) =>
    a.map(
      (row) => b[0]?.map((_, j) => row.reduce((sum, value, m) => sum + value * (b[m]?.[j] ?? 0), 0)) ?? [],
    );
  const correction = n / (n - k);
  return multiply(multiply(xtxInverse, meat), xtxInverse).map((row) => row.map((v) => v * correction));
}
