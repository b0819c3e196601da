import { describe, expect, test } from 'vitest';
import type { Point } from '../../src/analysis/analysis-types';
import { segmentedRegression } from '../../src/analysis/segmented-regression';
import { expectOk, expectRefusal, weeks, years } from './points';

const label = (year: number): string => `${year}/${String(year + 1).slice(2)}`;
const annual = (from: number, values: readonly (number | null)[]): Point[] =>
  years(values.map((value, i) => [label(from + i), value]));

// 2010/11 … 2018/19; the event (1 October 2014) falls in 2014/15, which is set aside as "during" (value 9.9 is never used).
const series = annual(2010, [4.6, 4.9, 4.8, 5.2, 9.9, 4.4, 4.5, 4.3, 4.4]);

// Reference: estimates by exact least squares (python3 fractions.Fraction): beta [4.62, 0.17, -1.04, -0.19],
// sigma 0.1234908903522847, counterfactual 4.62 + 0.17 t at t = 5..8. Newey–West standard errors (issue #11) from
// statsmodels 0.15 in a throwaway venv:
//   t = [0, 1, 2, 3, 5, 6, 7, 8]; t0 = 5; X = [[1, ti, int(ti >= t0), (ti - t0) * int(ti >= t0)] for ti in t]
//   fit = sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': 2, 'use_correction': True})   # ⌊4 (8/100)^(2/9)⌋ = 2
//   bounds = fit.params ∓ scipy.stats.t.ppf(0.975, 4) * fit.bse; durbin_watson(fit.resid) = 3.5065573770491794
describe('segmented regression against an exact reference', () => {
  const answer = expectOk(segmentedRegression(series, '2014-10-01', 'year'));
  const { intercept, preSlope, levelChange, slopeChange } = answer.coefficients;

  test.each([
    ['intercept', intercept, 4.62, 0.04150501977672695, 4.50476359099977, 4.735236409000232],
    ['pre slope', preSlope, 0.17, 0.02587147721590865, 0.09816926371965567, 0.2418307362803473],
    ['level change', levelChange, -1.04, 0.10194115949899744, -1.3230340333091817, -0.7569659666908237],
    ['slope change', slopeChange, -0.19, 0.028728615235218528, -0.26976342314893653, -0.11023657685107004],
  ])('%s', (_, coefficient, estimate, se, lower, upper) => {
    expect(coefficient.estimate).toBeCloseTo(estimate, 10);
    expect(coefficient.standardError).toBeCloseTo(se, 10);
    expect(coefficient.interval.lower).toBeCloseTo(lower, 8);
    expect(coefficient.interval.upper).toBeCloseTo(upper, 8);
  });

  test('design, counterfactual and caveats', () => {
    expect(answer.df).toBe(4);
    expect(answer.residualStandardError).toBeCloseTo(0.1234908903522847, 10);
    expect(answer.t0).toBe(5);
    expect(answer.excluded).toEqual(['2014/15']);
    expect(answer.points.map((p) => p.t)).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect(answer.counterfactual.map((p) => [p.period, Number(p.value.toFixed(10))])).toEqual([
      ['2015/16', 5.47],
      ['2016/17', 5.64],
      ['2017/18', 5.81],
      ['2018/19', 5.98],
    ]);
    expect(answer.autocorrelation.durbinWatson).toBeCloseTo(3.5065573770491794, 10);
    expect(answer.autocorrelation.lag1).toBeCloseTo(-0.7639344262295086, 10);
    expect(answer.exploratory).toBe(true);
    expect(answer.caveats.join(' ')).toMatch(/Exploratory only: 4 periods before and 4 after the event/);
    expect(answer.caveats.join(' ')).toMatch(
      /lag-1 autocorrelation after the fit is -0\.76 \(Durbin–Watson 3\.51/,
    );
    expect(answer.method).toMatch(/Lopez Bernal, Cummins and Gasparrini \(2017\).*Newey–West/);
    expect(answer.caveats.join(' ')).toMatch(/2014\/15 contains the event/);
  });
});

// Exact data: y = 10 + 0.5 t before; after, a level change of −2 and a slope change of −0.3 from t0 = 5.
describe('recovers a known line exactly', () => {
  const y = (t: number): number => 10 + 0.5 * t + (t >= 5 ? -2 - 0.3 * (t - 5) : 0);
  test.each([
    ['the event year set aside', 'exclude', [0, 1, 2, 3, 5, 6, 7, 8], 5],
    ['the event year counted as post', 'post', [0, 1, 2, 3, 4, 5, 6, 7, 8], 4],
  ] as const)('%s', (_, during, ts, t0) => {
    const exact = annual(
      2010,
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((t) => (during === 'post' && t === 4 ? 8 : y(t))),
    );
    const answer = expectOk(segmentedRegression(exact, '2014-10-01', 'year', { during }));
    expect(answer.points.map((p) => p.t)).toEqual(ts);
    expect(answer.t0).toBe(t0);
    if (during === 'exclude') {
      const { intercept, preSlope, levelChange, slopeChange } = answer.coefficients;
      expect(
        [intercept, preSlope, levelChange, slopeChange].map((c) => Number(c.estimate.toFixed(10))),
      ).toEqual([10, 0.5, -2, -0.3]);
      expect(levelChange.standardError).toBeLessThan(1e-9);
    }
  });
});

describe('one term across years and weeks', () => {
  test('a term series counts time in academic years', () => {
    const autumns = [4.1, 4.3, 4.2, 4.6, 4.0, 4.1, 4.2].map((value, i) => ({
      period: `${label(2012 + i)} Autumn term`,
      start: `${2012 + i}-09-01`,
      value,
    }));
    const answer = expectOk(segmentedRegression(autumns, '2016-01-10', 'term'));
    expect(answer.points.map((p) => p.t)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(answer.t0).toBe(4);
    expect(answer.timeUnit).toBe('academic year');
  });

  test('holiday weeks pass in time but are not gaps; each week of term is a season', () => {
    const list = [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49];
    // Two autumns before the event and one after: with a season per week of term, one autumn before could not
    // tell the trend from the season (the design would be singular).
    const weekly = [2022, 2023, 2024].flatMap((year) =>
      weeks(year, list, (week) => 5 + week / 50 + (year - 2022) / 10),
    );
    const answer = expectOk(segmentedRegression(weekly, '2024-08-19', 'week'));
    const oneAutumn = [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
    expect(answer.points.map((p) => p.t)).toEqual([0, 52, 104].flatMap((t) => oneAutumn.map((u) => t + u)));
    expect(answer.t0).toBe(104);
    expect(answer.timeUnit).toBe('week');
    expect(answer.seasons[0]).toBe('autumn week 2');
    expect(answer.seasons).toHaveLength(12);
  });

  test('weeks of one school year only cannot carry a season and are left out', () => {
    const weekly = weeks(2024, [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49], (week) => 5 + week / 50);
    expect(expectRefusal(segmentedRegression(weekly, '2024-10-09', 'week'))).toMatch(
      /needs at least 3 periods before and 3 after the event; the series has 0 before and 0 after/,
    );
  });
});

describe('refusals', () => {
  const mixedTerms: Point[] = [
    ['2012/13 Autumn term', '2012-09-10'],
    ['2012/13 Spring term', '2013-01-07'],
    ['2012/13 Summer term', '2013-04-15'],
    ['2013/14 Autumn term', '2013-09-09'],
    ['2013/14 Spring term', '2014-01-06'],
    ['2013/14 Summer term', '2014-04-22'],
    ['2014/15 Autumn term', '2014-09-08'],
  ].map(([period = '', start = ''], i) => ({ period, start, value: 4 + i / 10 }));
  test.each([
    [
      'too few before',
      annual(2012, [4.8, 5.2, 9.9, 4.4, 4.5, 4.3, 4.4]),
      'year',
      /at least 3 periods before and 3 after the event; the series has 2 before and 4 after, with 2014\/15 set aside/,
    ],
    ['too few after', annual(2010, [4.6, 4.9, 4.8, 5.2, 9.9, 4.4, 4.5]), 'year', /has 4 before and 2 after/],
    [
      'a suppressed figure inside',
      annual(2010, [4.6, null, 4.8, 5.2, 9.9, 4.4, 4.5, 4.3]),
      'year',
      /gaps inside the window: 2011\/12 has no figure\./,
    ],
    [
      'a year absent from the series',
      series.filter((p) => p.period !== '2016/17'),
      'year',
      /2016\/17 has no figure \(absent from the series\)/,
    ],
    ['mixed terms', mixedTerms, 'term', /mixes terms/],
  ] as const)('%s', (_, points, granularity, reason) => {
    expect(expectRefusal(segmentedRegression(points, '2014-10-01', granularity))).toMatch(reason);
  });

  test('the pandemic years are left out and no window runs across them (issue #11)', () => {
    const window = annual(2015, [0.6, 0.7, 0.77, 0.85, null, 1.13, 1.65, 2.03, 2.3, 2.39]);
    expect(expectRefusal(segmentedRegression(window, '2021-12-09', 'year'))).toMatch(
      /the series has 0 before and 3 after.*2019\/20 is left out: DfE published the autumn term 2019 only.*2020\/21 is left out/,
    );
  });

  test('other events inside the window: caveat by default, refusal when asked', () => {
    const otherEvents = [{ date: '2016-05-01', name: 'a second intervention' }];
    const answer = expectOk(segmentedRegression(series, '2014-10-01', 'year', { otherEvents }));
    expect(answer.caveats.join(' ')).toMatch(/a second intervention \(2016-05-01\)/);
    expect(
      expectRefusal(segmentedRegression(series, '2014-10-01', 'year', { otherEvents, onOverlap: 'refuse' })),
    ).toMatch(/Other events of this area fall inside the window/);
  });
});
