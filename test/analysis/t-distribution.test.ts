import { describe, expect, test } from 'vitest';
import { incompleteBeta, studentTCdf, studentTQuantile, t95 } from '../../src/analysis/t-distribution';

// Published two-sided 95% critical values (any t table, e.g. NIST/SEMATECH e-Handbook of Statistical Methods,
// §1.3.6.7.2, "Critical values of the Student's t distribution", column 0.975), to 4 decimals.
describe('t95 matches published table values to 1e-4', () => {
  test.each([
    [1, 12.7062],
    [2, 4.3027],
    [5, 2.5706],
    [10, 2.2281],
    [30, 2.0423],
    [Infinity, 1.96],
  ])('df = %s', (df, published) => {
    expect(Math.abs(t95(df) - published)).toBeLessThanOrEqual(0.5e-4);
  });
});

// Independent reference for other and fractional df: Simpson's rule (20,000 intervals) on the t density, then
// bisection; python3 stdlib only:
//   import math
//   def pdf(x, v): return math.exp(math.lgamma((v+1)/2) - math.lgamma(v/2) - 0.5*math.log(v*math.pi)
//                                  - (v+1)/2*math.log1p(x*x/v))
//   def cdf(t, v, n=20000):
//       h = t/n; s = pdf(0,v) + pdf(t,v) + sum((4 if i%2 else 2)*pdf(i*h,v) for i in range(1,n))
//       return 0.5 + s*h/3
//   def q(p, v):  # bisection, 60 steps, after doubling an upper bound
//   print(round(q(0.975, v), 6))
describe('quantiles against a Simpson-rule reference to 1e-5', () => {
  test.each([
    [0.975, 3, 3.182446],
    [0.975, 4, 2.776445],
    [0.975, 7.3, 2.345067],
    [0.975, 120, 1.97993],
    [0.975, 1.1695501730103806, 9.0827762],
    [0.995, 3, 5.840909],
  ])('p = %s, df = %s', (p, df, reference) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(reference, 5);
  });

  test('lower quantiles mirror upper ones', () => {
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228139, 5);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});

// Closed forms: df = 1 is the Cauchy, F(1) = 3/4; df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)), so F(2) =
// 1/2 + 1/sqrt(6) = 0.90824829; df = 4: F(t) = 1/2 + (3/4) u (1 - u^2/3) with u = t / sqrt(4 + t^2), so F(1.5) = 0.896.
describe('studentTCdf against closed forms', () => {
  test.each([
    [1, 1, 0.75],
    [2, 2, 0.5 + 1 / Math.sqrt(6)],
    [1.5, 4, 0.896],
    [-1.5, 4, 0.104],
    [0, 7, 0.5],
  ])('t = %s, df = %s', (t, df, expected) => {
    expect(studentTCdf(t, df)).toBeCloseTo(expected, 9);
  });
});

// Identities: I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 - (1 - x)^b; I_1/2(a, a) = 1/2.
describe('incompleteBeta identities', () => {
  test.each([
    [0.3, 1, 1, 0.3],
    [0.6, 3.5, 1, 0.6 ** 3.5],
    [0.2, 1, 4, 1 - 0.8 ** 4],
    [0.5, 12.5, 12.5, 0.5],
    [0, 2, 3, 0],
    [1, 2, 3, 1],
  ])('I_%s(%s, %s)', (x, a, b, expected) => {
    expect(incompleteBeta(x, a, b)).toBeCloseTo(expected, 12);
  });
});

describe('refuses impossible arguments', () => {
  test.each([
    ['df below 1', () => t95(0.5)],
    ['df not a number', () => t95(Number.NaN)],
    ['p = 1', () => studentTQuantile(1, 5)],
    ['p = 0', () => studentTQuantile(0, 5)],
  ])('%s', (_, call) => {
    expect(call).toThrow(RangeError);
  });
});
