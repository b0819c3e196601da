import { describe, expect, test } from 'vitest';
import type { Point } from '../../src/analysis/analysis-types';
import { differenceOfRates, meanBeforeAfter } from '../../src/analysis/before-after';
import { expectOk, expectRefusal, years } from './points';

const point = (period: string, value: number | null, count?: number): Point => ({
  period,
  start: `${period.slice(0, 4)}-09-01`,
  value,
  ...(count === undefined ? {} : { count }),
});

// Reference (python3 stdlib, a one-off script outside the project):
//   Z = 1.959963984540054            # statistics.NormalDist().inv_cdf(0.975)
//   p1, p2 = v1/100, v2/100
//   se = 100*math.sqrt(p1*(1-p1)/n1 + p2*(1-p2)/n2); d = (p2-p1)*100; (d, se, d - Z*se, d + Z*se)
describe('difference of two rates with a Wald interval', () => {
  test.each([
    [20, 1000, 15, 1200, -5.000000000000002, 1.631716887208072, -8.198106331893628, -1.8018936681063749],
    [
      2.3, 7_500_000, 2.39, 7_600_000, 0.09000000000000015, 0.007788267435644644, 0.07473527632417053,
      0.10526472367582977,
    ],
  ])('%s%% of %s vs %s%% of %s', (v1, n1, v2, n2, difference, se, lower, upper) => {
    const answer = expectOk(differenceOfRates(point('2023/24', v1, n1), point('2024/25', v2, n2)));
    expect(answer.difference).toBeCloseTo(difference, 10);
    expect(answer.standardError).toBeCloseTo(se, 10);
    expect(answer.interval?.lower).toBeCloseTo(lower, 10);
    expect(answer.interval?.upper).toBeCloseTo(upper, 10);
    expect(answer.caveats.join(' ')).toMatch(/cluster/);
    // Issue #11 point 5: whole-population session counts are a census; the interval covers chance variation only.
    expect(answer.caveats).toContain(
      'These are census counts, not a sample: the interval covers chance variation only, not what else changed.',
    );
  });

  test('without counts: the difference only, and says why there is no interval', () => {
    const answer = expectOk(differenceOfRates(point('2023/24', 2.3), point('2024/25', 2.39, 7_600_000)));
    expect(answer.difference).toBeCloseTo(0.09, 12);
    expect(answer.interval).toBeNull();
    expect(answer.caveats[0]).toMatch(/No interval can be computed/);
  });

  test('few absences make the Wald interval unreliable', () => {
    const answer = expectOk(differenceOfRates(point('2023/24', 0.5, 1000), point('2024/25', 0.4, 1000)));
    expect(answer.caveats.join(' ')).toMatch(/Wald interval is unreliable/);
  });

  test.each([
    ['a suppressed figure', point('2023/24', null, 100), point('2024/25', 2, 100), /2023\/24 has no figure/],
    ['the pandemic year', point('2019/20', null), point('2020/21', 1.13), /no two-term or full-year release/],
    [
      'a value that is not a percentage',
      point('2023/24', 120, 100),
      point('2024/25', 2, 100),
      /not a percentage/,
    ],
  ])('refuses %s', (_, before, after, reason) => {
    expect(expectRefusal(differenceOfRates(before, after))).toMatch(reason);
  });
});

// Reference (python3 stdlib): statistics.mean / statistics.variance per side; Welch–Satterthwaite df;
//   vb, va = variance(b)/len(b), variance(a)/len(a); df = (vb+va)**2 / (vb**2/(len(b)-1) + va**2/(len(a)-1))
// and the t quantile from the Simpson-rule reference in t-distribution.test.ts: q(0.975, 1.16955...) = 9.0827762,
// q(0.975, 6.99989...) = 2.3646317; bounds = d -/+ q * sqrt(vb + va).
describe('mean before vs mean after with a Welch interval', () => {
  test.each([
    // Ordered so the run turns (a run that rises at every step gets no mean); the Welch figures ignore order.
    [
      [4.6, 4.8, 4.7],
      [5.5, 5.9],
      1.0,
      0.20816659994661346,
      1.1695501730103806,
      -0.8907306397464596,
      2.89073063974646,
    ],
    [
      [10.5, 10.9, 11.2, 10.1],
      [13.1, 12.0, 12.9, 13.6, 12.4],
      2.125,
      0.36645827411407506,
      6.999891283668088,
      1.2584611495862943,
      2.991538850413706,
    ],
  ])('%j vs %j', (before, after, difference, se, df, lower, upper) => {
    const label = (i: number): string => `${2010 + i}/${11 + i}`;
    const b = years(before.map((value, i) => [label(i), value]));
    const a = years(after.map((value, i) => [label(i + 5), value]));
    const answer = expectOk(meanBeforeAfter(b, a));
    expect(answer.difference).toBeCloseTo(difference, 10);
    expect(answer.interval?.standardError).toBeCloseTo(se, 10);
    expect(answer.interval?.df).toBeCloseTo(df, 10);
    expect(answer.interval?.lower).toBeCloseTo(lower, 5);
    expect(answer.interval?.upper).toBeCloseTo(upper, 5);
  });

  test('one period on a side gives the means but no interval, and says why', () => {
    const answer = expectOk(
      meanBeforeAfter(
        years([['2022/23', 2.03]]),
        years([
          ['2024/25', 2.39],
          ['2025/26', 2.2],
        ]),
      ),
    );
    expect(answer.difference).toBeCloseTo(2.295 - 2.03, 12);
    expect(answer.interval).toBeNull();
    expect(answer.caveats[0]).toBe('No interval: it needs at least two periods on each side (before has 1).');
  });

  // Issue #26 point 2: England's severe absence (data/annual_absence.csv) rose every year from 2021/22 to 2024/25;
  // "Mean of 3 before vs 1 after: +0.40 pp" measured that rise, beside the honest +0.09 pp pair.
  test('a series that moves the same way at every step gives no mean, and says why', () => {
    const reason = expectRefusal(
      meanBeforeAfter(
        years([
          ['2021/22', 1.65],
          ['2022/23', 2.03],
          ['2023/24', 2.3],
        ]),
        years([['2024/25', 2.39]]),
      ),
    );
    expect(reason).toMatch(/^No mean: the figures rose at every step from 2021\/22 to 2024\/25/);
  });

  test('no spread on either side gives no interval', () => {
    const answer = expectOk(
      meanBeforeAfter(
        years([
          ['2020/21', 1],
          ['2021/22', 1],
        ]),
        years([
          ['2023/24', 2],
          ['2024/25', 2],
        ]),
      ),
    );
    expect(answer.interval).toBeNull();
    expect(answer.caveats[0]).toMatch(/do not vary/);
  });

  test.each([
    ['no period before', [], years([['2024/25', 2.39]]), /no period before/],
    ['no period after', years([['2024/25', 2.39]]), [], /no period after/],
    [
      'a missing figure',
      years([
        ['2018/19', 0.85],
        ['2019/20', null],
      ]),
      years([
        ['2021/22', 1.65],
        ['2022/23', 2.03],
      ]),
      /2019\/20 has no figure \(DfE published the autumn term 2019 only.*silently leave it out/,
    ],
  ])('refuses %s', (_, before, after, reason) => {
    expect(expectRefusal(meanBeforeAfter(before, after))).toMatch(reason);
  });
});
