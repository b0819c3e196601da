import { describe, expect, test } from 'vitest';
import {
  itsAssumptions,
  itsCaveats,
  itsMethod,
  MIN_SIDE,
  SOURCES,
  type CaveatInput,
} from '../../src/analysis/segmented-words';

describe('the method in words', () => {
  test.each([
    [
      20,
      1,
      0,
      /by least squares, following .*\. Standard errors are Newey–West \(Bartlett weights, 1 lag, small-sample/,
    ],
    [20, 3, 0, /\(Bartlett weights, 3 lags,/],
    [
      40,
      2,
      12,
      /by least squares with indicators for 12 weeks of term \(the first is the reference\), following/,
    ],
    [17, 2, 0, /95% t intervals on 17 df\.$/],
  ])('%i df, %i lags, %i seasons', (df, lags, seasons, expected) => {
    const method = itsMethod(df, lags, seasons);
    expect(method).toMatch(expected);
    expect(method).toContain(SOURCES);
  });

  test('no season is mentioned without one', () => {
    expect(itsMethod(20, 1, 0)).not.toMatch(/indicators/);
  });
});

describe('assumptions', () => {
  test('weekly series carry a season per week of term; others count academic years', () => {
    expect(itsAssumptions('week')[1]).toMatch(/^Each week of term has its own season/);
    expect(itsAssumptions('year')[1]).toMatch(/^Time is counted in academic years/);
    expect(itsAssumptions('term')).toHaveLength(3);
  });
});

describe('caveats', () => {
  const base: CaveatInput = {
    granularity: 'term',
    nPre: 14,
    nPost: 13,
    exploratory: false,
    lag1: 0.123,
    dw: 1.754,
    schoolYears: null,
  };

  test('a full fit states its residual autocorrelation and the counterfactual', () => {
    expect(itsCaveats(base)).toEqual([
      'Residual lag-1 autocorrelation after the fit is 0.12 (Durbin–Watson 1.75; about 2 means none).',
      expect.stringMatching(/^The counterfactual assumes the pre-event trend/),
    ]);
  });

  test('annual figures add the caveat that they carry no season', () => {
    const caveats = itsCaveats({ ...base, granularity: 'year' });
    expect(caveats).toHaveLength(3);
    expect(caveats[1]).toMatch(/^Annual figures carry no season/);
  });

  test('exploratory with few periods cites the twelve a side', () => {
    const [first] = itsCaveats({ ...base, exploratory: true, nPre: 5, nPost: 4 });
    expect(first).toMatch(/^Exploratory only: 5 periods before and 4 after the event, fewer than the 12/);
  });

  test.each([
    [
      { before: 1, after: 2 },
      'Exploratory only: 1 school year before and 2 after the event (30 and 24 weeks)',
    ],
    [
      { before: 2, after: 1 },
      'Exploratory only: 2 school years before and 1 after the event (30 and 24 weeks)',
    ],
  ])('exploratory weekly fit counts school years %o', (schoolYears, start) => {
    const [first] = itsCaveats({
      ...base,
      granularity: 'week',
      exploratory: true,
      nPre: 30,
      nPost: 24,
      schoolYears,
    });
    expect(first?.startsWith(start)).toBe(true);
    expect(first).toContain(`fewer than ${MIN_SIDE} a side`);
  });
});
