/*
 * Student's t distribution, for 95% intervals with few periods.
 *
 * Method (Press et al., Numerical Recipes, 3rd ed., §6.1 and §6.4):
 * - ln Γ by the Lanczos approximation (g = 7, 9 coefficients; relative error below 1e-15);
 * - the regularized incomplete beta I_x(a, b) by its continued fraction, evaluated with the modified Lentz method,
 *   using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly;
 * - the upper tail of t with ν degrees of freedom: P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0;
 * - the quantile by bisection on that tail (monotone, so bisection cannot fail), to 1e-12;
 * - ν = ∞ is the normal distribution, whose tail uses erfc (Numerical Recipes' erfcc, relative error < 1.2e-7).
 * Checked against published tables: t(0.975; 1) = 12.7062, 2: 4.3027, 5: 2.5706, 10: 2.2281, 30: 2.0423, ∞: 1.9600.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function lnGamma(x: number): number {
  let sum = LANCZOS[0] ?? 0;
  for (let index = 1; index < LANCZOS.length; index += 1) sum += (LANCZOS[index] ?? 0) / (x + index - 1);
  const t = x + 6.5;
  return 0.5 * Math.log(2 * Math.PI) + (x - 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;

/** Continued fraction of the incomplete beta (modified Lentz); converges for x < (a + 1) / (a + b + 2). */
function betaFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let result = d;
  for (let m = 1; m <= 100_000; m += 1) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / (Math.abs(1 + even * d) < TINY ? TINY : 1 + even * d);
    c = Math.abs(1 + even / c) < TINY ? TINY : 1 + even / c;
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / (Math.abs(1 + odd * d) < TINY ? TINY : 1 + odd * d);
    c = Math.abs(1 + odd / c) < TINY ? TINY : 1 + odd / c;
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < 1e-15) return result;
  }
  return result;
}

/** Regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
  return 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/**
 * P(Z > z) for a standard normal Z, through the complementary error function's Chebyshev fit (Press et al., Numerical
 * Recipes, erfcc; fractional error below 1.2e-7): ample for p-values and intervals.
 */
export function normalUpperTail(z: number): number {
  const t = 1 / (1 + (0.5 * Math.abs(z)) / Math.SQRT2);
  const poly =
    -1.26551223 +
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
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(-(z * z) / 2 + poly);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

function upperTail(t: number, df: number): number {
  if (df === Infinity) return normalUpperTail(t);
  const half = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? half : 1 - half;
}

function checkDf(df: number): void {
  if (!(df >= 1)) throw new RangeError(`Student's t needs at least 1 degree of freedom, got ${df}.`);
}

/** P(T ≤ t) for Student's t with `df` ≥ 1 degrees of freedom (Infinity for the normal). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  return 1 - upperTail(t, df);
}

/** The t with P(T ≤ t) = p, for 0 < p < 1 and `df` ≥ 1 (Infinity for the normal). */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`A quantile needs 0 < p < 1, got ${p}.`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tail = 1 - p;
  let low = 0;
  let high = 2;
  while (upperTail(high, df) > tail) high *= 2;
  while (high - low > 1e-12 * Math.max(1, high)) {
    const middle = (low + high) / 2;
    if (upperTail(middle, df) > tail) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The multiplier of a two-sided 95% interval: the 0.975 quantile of t with `df` degrees of freedom. */
export function t95(df: number): number {
  return studentTQuantile(0.975, df);
}
