import { describe, expect, test } from 'vitest';
import type { Point } from '../../src/analysis/analysis-types';
import { differenceInDifferences, type AreaSeries } from '../../src/analysis/difference-in-differences';
import { expectOk, expectRefusal, years } from './points';

const area = (name: string, from: number, values: readonly (number | null)[]): AreaSeries => ({
  name,
  series: years(values.map((value, i) => [`${from + i}/${String(from + i + 1).slice(2)}`, value])) as Point[],
});

// Reference (python3 stdlib, statistics.mean): 2014/15 … 2018/19, event 1 October 2016 (2016/17 "during", its
// values 9 never used). comparison = mean(A, B) per year = [5.0, 5.2, 5.3, 5.4] over t = [0, 1, 3, 4];
// pre: treated 5.1, comparison 5.1; post: treated 4.55, comparison 5.35; DiD = (4.55 − 5.1) − (5.35 − 5.1) = −0.8.
// Pre slopes (two points): treated 0.2, comparison 0.2: parallel, so the projected gap is 0 and not large.
describe('parallel pre-trends', () => {
  const treated = area('Treated', 2014, [5.0, 5.2, 9, 4.6, 4.5]);
  const comparators = [area('A', 2014, [6.0, 6.1, 9, 6.2, 6.2]), area('B', 2014, [4.0, 4.3, 9, 4.4, 4.6])];
  const answer = expectOk(differenceInDifferences(treated, comparators, '2016-10-01', 'year'));

  test('means and estimate', () => {
    expect(answer.pre.periods).toEqual(['2014/15', '2015/16']);
    expect(answer.post.periods).toEqual(['2017/18', '2018/19']);
    expect(answer.pre.treated).toBeCloseTo(5.1, 12);
    expect(answer.pre.comparison).toBeCloseTo(5.1, 12);
    expect(answer.post.treated).toBeCloseTo(4.55, 12);
    expect(answer.post.comparison).toBeCloseTo(5.35, 12);
    expect(answer.estimate).toBeCloseTo(-0.8, 12);
  });

  test('rows for the chart, with the event year marked', () => {
    expect(answer.rows.map((row) => [row.period, row.phase, Number(row.comparison.toFixed(12))])).toEqual([
      ['2014/15', 'before', 5],
      ['2015/16', 'before', 5.2],
      ['2016/17', 'during', 9],
      ['2017/18', 'after', 5.3],
      ['2018/19', 'after', 5.4],
    ]);
  });

  test('pre-trend check', () => {
    expect(answer.preTrend?.treatedSlope).toBeCloseTo(0.2, 12);
    expect(answer.preTrend?.comparisonSlope).toBeCloseTo(0.2, 12);
    expect(answer.preTrend?.large).toBe(false);
    expect(answer.caveats.join(' ')).not.toMatch(/do not look parallel/);
    expect(answer.caveats.join(' ')).toMatch(/national intervention reaches the comparison areas/);
  });
});

// Reference (python3 stdlib): 2013/14 … 2018/19, 2016/17 during; t = [0, 1, 2, 4, 5];
//   treated = [5.0, 5.3, 5.9, 6.0, 6.1]; comparison = mean(A, B) = [5.0, 5.05, 5.1, 5.15, 5.2]
//   did = (mean(post) − mean(pre)) treated − (same) comparison = 0.5249999999999986
//   statistics.linear_regression over the pre years: slopes 0.45 and 0.05, difference 0.4;
//   gap = 0.4 × (mean(4, 5) − mean(0, 1, 2)) = 1.4 ≥ 0.5 × |did|, so "large".
test('diverging pre-trends are reported as a caveat, not a refusal', () => {
  const treated = area('Treated', 2013, [5.0, 5.3, 5.9, 7, 6.0, 6.1]);
  const comparators = [area('A', 2013, [6, 6, 6, 6, 6, 6]), area('B', 2013, [4.0, 4.1, 4.2, 4.25, 4.3, 4.4])];
  const answer = expectOk(differenceInDifferences(treated, comparators, '2016-10-01', 'year'));
  expect(answer.estimate).toBeCloseTo(0.5249999999999986, 12);
  expect(answer.preTrend?.treatedSlope).toBeCloseTo(0.45, 12);
  expect(answer.preTrend?.comparisonSlope).toBeCloseTo(0.05, 12);
  expect(answer.preTrend?.difference).toBeCloseTo(0.4, 12);
  expect(answer.preTrend?.projectedGap).toBeCloseTo(1.4, 12);
  expect(answer.preTrend?.large).toBe(true);
  expect(answer.caveats[0]).toMatch(
    /Treated's trend differed from the comparison's by 0\.40 per academic year.*1\.40.*0\.52/,
  );
});

test('a period with no figure in any area is left out and explained; one pre period cannot check trends', () => {
  const treated = area('Treated', 2018, [0.9, null, 1.2, 1.7]);
  const comparators = [area('A', 2018, [0.8, null, 1.0, 1.6])];
  const answer = expectOk(differenceInDifferences(treated, comparators, '2020-10-01', 'year'));
  expect(answer.pre.periods).toEqual(['2018/19']);
  expect(answer.preTrend).toBeNull();
  expect(answer.caveats).toContain(
    'With a single pre period the parallel-trends assumption cannot be checked.',
  );
  expect(answer.caveats.join(' ')).toMatch(/2019\/20 is left out: DfE published the autumn term 2019 only/);
});

// Issue #11: a window never runs across 2019/20, and 2020/21 is not a like year; the caveats say what was left out.
test('the pandemic years and the years across them are left out of the window, and named', () => {
  const treated = area('Treated', 2016, [0.7, 0.8, 0.9, null, 1.1, 1.6, 2.0, 2.2, 2.4]);
  const comparators = [area('A', 2016, [0.6, 0.7, 0.8, null, 1.0, 1.5, 1.8, 2.1, 2.2])];
  const answer = expectOk(differenceInDifferences(treated, comparators, '2023-05-18', 'year'));
  expect(answer.pre.periods).toEqual(['2021/22']);
  expect(answer.rows.map((row) => row.period)).toEqual(['2021/22', '2022/23', '2023/24', '2024/25']);
  const caveats = answer.caveats.join(' ');
  expect(caveats).toMatch(/2016\/17, 2017\/18 and 2018\/19 are left out: a comparison is not run across/);
  expect(caveats).toMatch(
    /2020\/21 is left out: sessions pupils missed in circumstances relating to COVID-19/,
  );
});

describe('refusals', () => {
  const treated = area('Camden', 2014, [5.0, 5.2, 5.1, 4.6, 4.5]);
  test.each([
    ['no comparators', [], '2016-10-01', /no comparison areas/],
    [
      'a comparator missing a figure',
      [area('Islington', 2014, [5.0, null, 5.1, 4.6, 4.5])],
      '2016-10-01',
      /2015\/16: Islington has no figure while other areas do/,
    ],
    [
      'a comparator without the year',
      [area('Islington', 2015, [5.2, 5.1, 4.6, 4.5])],
      '2016-10-01',
      /2014\/15: Islington has no figure/,
    ],
    ['no pre period', [area('Islington', 2014, [5, 5, 5, 5, 5])], '2014-10-01', /No period before 2014\/15/],
    ['no post period', [area('Islington', 2014, [5, 5, 5, 5, 5])], '2018-10-01', /No period after 2018\/19/],
    [
      'an event dated to the year only',
      [area('Islington', 2014, [5, 5, 5, 5, 5])],
      '2016',
      /known only to the year/,
    ],
  ])('%s', (_, comparators, date, reason) => {
    expect(expectRefusal(differenceInDifferences(treated, comparators, date, 'year'))).toMatch(reason);
  });
});

test('a comparator missing only the event year is not refused: that year is never compared', () => {
  const treated = area('Camden', 2014, [5.0, 5.2, 5.1, 4.6, 4.5]);
  const answer = expectOk(
    differenceInDifferences(
      treated,
      [area('Islington', 2014, [5.0, 5.1, null, 4.9, 4.8])],
      '2016-10-01',
      'year',
    ),
  );
  expect(answer.rows.map((row) => row.period)).toEqual(['2014/15', '2015/16', '2017/18', '2018/19']);
});
