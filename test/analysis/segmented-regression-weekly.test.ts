import { describe, expect, test } from 'vitest';
import { segmentedRegression } from '../../src/analysis/segmented-regression';
import { expectOk, expectRefusal, weeks } from './points';

/*
 * Issue #11: the weekly interrupted time series against a reference fit computed elsewhere.
 *
 * The series: four autumn terms (2021 to 2024), ISO weeks 37 to 48, made with numpy 2 and statsmodels 0.15 in a
 * throwaway venv (/tmp, never part of the project):
 *   rng = np.random.default_rng(11); season = [0, 0.8, 1.0, 0.9, 1.1, 1.6, 0.7, 0.9, 1.3, 1.8, 2.2, 2.6]
 *   t = calendar weeks since 2021-09-13; event 2023-08-21, so post from 2023 week 37 (t0 = 104)
 *   e = 0.5 e + rng.normal(0, 0.15)        # AR(1) errors, φ = 0.5
 *   y = round(5 + 0.005 t + post (−0.4 + 0.002 (t − t0)) + season[week − 37] + e, 6)
 * The reference fit: week of term = ISO week − 35 (the first Monday of September is in week 36 in 2021–2024);
 *   X = [1, t, post, (t − t0) post] + indicators for weeks of term 3..13 (week 2 is the reference)
 *   fit = sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': 3, 'use_correction': True})   # ⌊4 (48/100)^(2/9)⌋
 *   bounds = fit.params ∓ scipy.stats.t.ppf(0.975, 33) * fit.bse; statsmodels durbin_watson(fit.resid);
 *   lag-1 = Σ eₜeₜ₋₁ / Σ eₜ²
 */
const Y = [
  5.005129, 6.011527, 6.296971, 5.98194, 6.108774, 6.54028, 5.773099, 5.94814, 6.458603, 6.627203, 7.376084,
  7.703577, 5.386345, 6.107688, 6.234479, 6.226706, 6.52953, 6.929386, 5.989275, 6.297492, 6.520695, 6.83819,
  7.435842, 7.777336, 4.763117, 5.62645, 5.913586, 5.751812, 5.879537, 6.576264, 5.907219, 6.05664, 6.358281,
  6.981889, 7.49703, 7.805513, 5.569957, 6.49041, 6.566661, 6.317303, 6.620299, 7.160282, 6.411463, 6.333044,
  6.69078, 7.146665, 7.39373, 7.99983,
];
const WEEKS = [37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48];
const series = [2021, 2022, 2023, 2024].flatMap((year, i) =>
  weeks(year, WEEKS, (week) => Y[i * 12 + week - 37] ?? null),
);

describe('weekly ITS against statsmodels (season by week of term, AR(1) errors, Newey–West)', () => {
  // The estimates are checked with the residual test reported, not refusing (see the refusal below).
  const answer = expectOk(segmentedRegression(series, '2023-08-21', 'week', { residualTest: 'report' }));
  const { intercept, preSlope, levelChange, slopeChange } = answer.coefficients;

  test.each([
    ['intercept', intercept, 5.0619596138073, 0.07210359405539504, 4.9152637487005215, 5.208655478914078],
    [
      'pre slope',
      preSlope,
      0.0037728710945384705,
      0.0009420663687974688,
      0.0018562226560074702,
      0.005689519533069471,
    ],
    [
      'level change',
      levelChange,
      -0.488387279779933,
      0.12120665524175692,
      -0.7349840740219555,
      -0.24179048553791055,
    ],
    [
      'slope change',
      slopeChange,
      0.005314390823743906,
      0.002417736347211565,
      0.00039546924014269205,
      0.01023331240734512,
    ],
  ])('%s', (_, coefficient, estimate, se, lower, upper) => {
    expect(coefficient.estimate).toBeCloseTo(estimate, 9);
    expect(coefficient.standardError).toBeCloseTo(se, 9);
    expect(coefficient.interval.lower).toBeCloseTo(lower, 8);
    expect(coefficient.interval.upper).toBeCloseTo(upper, 8);
  });

  test('residual autocorrelation, lags, df and seasons', () => {
    expect(answer.autocorrelation.durbinWatson).toBeCloseTo(0.906501977278234, 9);
    expect(answer.autocorrelation.lag1).toBeCloseTo(0.5371125852291885, 9);
    expect(answer.autocorrelation.lags).toBe(3);
    expect(answer.df).toBe(33);
    expect(answer.residualStandardError).toBeCloseTo(0.15337756702518476, 9);
    expect(answer.seasons).toHaveLength(12);
  });

  // Issue #26 point 1. Reference: statsmodels acorr_breusch_godfrey(fit, nlags=1) on the fit above gives
  // LM 14.35120552255966, p 0.00015168254199135966.
  test('two seasonal school years a side with AR(1) errors: refused, and exploratory when reported', () => {
    expect(answer.autocorrelation.breuschGodfrey?.lm).toBeCloseTo(14.35120552255966, 8);
    expect(answer.autocorrelation.breuschGodfrey?.p).toBeCloseTo(0.00015168254199135966, 6);
    expect(answer.schoolYears).toEqual({ before: 2, after: 2 });
    expect(answer.exploratory).toBe(true);
    expect(answer.caveats[0]).toMatch(
      /^Exploratory only: 2 school years before and 2 after the event \(24 and 24/,
    );
    expect(expectRefusal(segmentedRegression(series, '2023-08-21', 'week'))).toMatch(
      /Breusch–Godfrey test of order 1 rejects no autocorrelation \(LM 14\.4, p < 0\.001, below 0\.05/,
    );
  });
});

describe('refusals the weekly fit owes its readers', () => {
  test('residuals that still move together strongly say the model is wrong', () => {
    // No season and no straight line: a slow wave the lines cannot follow leaves residuals in long runs.
    const wave = [2021, 2022, 2023, 2024].flatMap((year, i) =>
      weeks(year, WEEKS, (week) => 5 + Math.sin((i * 12 + week - 37) / 6)),
    );
    expect(expectRefusal(segmentedRegression(wave, '2023-08-21', 'week'))).toMatch(
      /residuals are still autocorrelated: a Breusch–Godfrey test .*The model does not describe this series/,
    );
  });

  test('school years, not weeks, count toward the minimum a side', () => {
    const short = series.filter((p) => !p.period.startsWith('2024') && p.period !== '2023 Week 48');
    const answer = expectOk(segmentedRegression(short, '2023-08-21', 'week', { residualTest: 'report' }));
    expect(answer.exploratory).toBe(true);
    expect(answer.caveats[0]).toMatch(
      /Exploratory only: 2 school years before and 1 after the event \(24 and 11 weeks\)/,
    );
  });
});
