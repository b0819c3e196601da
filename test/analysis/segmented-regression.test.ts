import { describe, expect, test } from 'vitest';
import type { Point } from '../../src/analysis/analysis-types';
import { segmentedRegression } from '../../src/analysis/segmented-regression';
import { expectOk, expectRefusal, weeks, years } from './points';

const label = (year: number): string => `${year}/${String(year + 1).slice(2)}`;
const annual = (from: number, values: readonly (number | null)[]): Point[] =>
  years(values.map((value, i) => [label(from + i), value]));

// 2010/11 … 2018/19; the event (1 October 2014) falls in 2014/15, which is set aside as "during" (value 9.9 is never used).
const series = annual(2010, [4.6, 4.9, 4.8, 5.2, 9.9, 4.4, 4.5, 4.3, 4.4]);

// Reference (python3 stdlib): exact least squares with fractions.Fraction, then standard errors in floats.
//   t = [0, 1, 2, 3, 5, 6, 7, 8]; t0 = 5; y = [F('4.6'), F('4.9'), F('4.8'), F('5.2'), F('4.4'), F('4.5'), F('4.3'), F('4.4')]
//   X = [[1, ti, int(ti >= t0), (ti - t0) * int(ti >= t0)] for ti in t]
//   A = XᵀX, b = Xᵀy solved by Gauss–Jordan on Fractions -> beta, inverse; s2 = RSS / (8 - 4)
//   se = [math.sqrt(s2 * inv[i][i])]; bounds = beta ∓ 2.776445105197803 * se   (t(0.975; 4), Simpson reference)
// -> beta [4.62, 0.17, -1.04, -0.19]; se [0.10331989159885913, 0.055226805085936304, 0.227705950734714,
//    0.07810249675906655]; sigma 0.1234908903522847; counterfactual 4.62 + 0.17 t at t = 5..8.
describe('segmented regression against an exact reference', () => {
  const answer = expectOk(segmentedRegression(series, '2014-10-01', 'year'));
  const { intercept, preSlope, levelChange, slopeChange } = answer.coefficients;

  test.each([
    ['intercept', intercept, 4.62, 0.10331989159885913, 4.33313799270078, 4.90686200729922],
    ['pre slope', preSlope, 0.17, 0.055226805085936304, 0.016665807343439032, 0.323334192656561],
    ['level change', levelChange, -1.04, 0.227705950734714, -1.6722130723418087, -0.40778692765819124],
    ['slope change', slopeChange, -0.19, 0.07810249675906655, -0.40684729483043763, 0.02684729483043763],
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
    expect(answer.caveats.join(' ')).toMatch(/Autocorrelation is not modelled/);
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

  test('holiday weeks pass in time but are not gaps', () => {
    const weekly = weeks(2024, [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49], (week) => 5 + week / 50);
    const answer = expectOk(segmentedRegression(weekly, '2024-10-09', 'week'));
    expect(answer.points.map((p) => p.t)).toEqual([0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12]);
    expect(answer.t0).toBe(5);
    expect(answer.timeUnit).toBe('week');
    expect(answer.caveats.join(' ')).toMatch(/Weekly figures carry a season/);
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

  test('the pandemic gap is named and explained', () => {
    const window = annual(2015, [0.6, 0.7, 0.77, 0.85, null, 1.13, 1.65, 2.03, 2.3, 2.39]).filter(
      (p) => p.period !== '2019/20',
    );
    expect(expectRefusal(segmentedRegression(window, '2021-12-09', 'year'))).toMatch(
      /2019\/20 has no figure \(no annual data: the summer term collection was cancelled in the pandemic\)/,
    );
  });

  test('other events inside the window: caveat by default, refusal when asked', () => {
    const otherEvents = [{ date: '2016-05-01', name: 'a second intervention' }];
    const answer = expectOk(segmentedRegression(series, '2014-10-01', 'year', { otherEvents }));
    expect(answer.caveats.join(' ')).toMatch(/a second intervention \(2016-05-01\)/);
    expect(
      expectRefusal(segmentedRegression(series, '2014-10-01', 'year', { otherEvents, onOverlap: 'refuse' })),
    ).toMatch(/Other events fall inside the window/);
  });
});
