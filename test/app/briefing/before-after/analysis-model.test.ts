import { describe, expect, test } from 'vitest';
import {
  analysisModel,
  modelCsv,
  periodDates,
} from '../../../../src/app/briefing/before-after/analysis-model';
import type { AnalysisRow } from '../../../../src/data/sql/analysis-query';

/** Autumn terms: a year apart, so the model puts a break between them (a stretch with no periods). */
const term = (year: number) => ({
  period: `${year}/${String((year + 1) % 100).padStart(2, '0')} Autumn term`,
  period_start: `${year}-09-01`,
  period_end: `${year}-12-31`,
  period_mid: Date.parse(`${year}-10-31T00:00:00Z`),
});
const rows = [term(2021), term(2022), term(2023)] as AnalysisRow[];
const [first, second, third] = rows.map((row) => row.period) as [string, string, string];

describe('the analysis chart model', () => {
  test('lines are placed by their periods\u2019 dates, in the order given, observed before fitted', () => {
    const model = analysisModel(periodDates(rows), [
      {
        key: 'observed',
        name: 'Observed',
        values: [
          { period: first, value: 5 },
          { period: third, value: 7 },
        ],
      },
      {
        key: 'fitted',
        name: 'Fitted',
        values: [
          { period: first, value: 5.5 },
          { period: second, value: 6 },
        ],
      },
    ]);
    expect(model.lines.map((line) => line.key)).toEqual(['observed', 'fitted']);
    const drawn = model.periods.filter((p) => !p.isBreak);
    expect(drawn.map((p) => [p.label, p.values])).toEqual([
      [first, { observed: 5, fitted: 5.5 }],
      // A line with no point in a period has a gap there, never a line drawn across it.
      [second, { observed: null, fitted: 6 }],
      [third, { observed: 7, fitted: null }],
    ]);
    expect(drawn.map((p) => p.x)).toEqual(rows.map((row) => row.period_mid));
  });

  test('a missing value is a gap with no symbol to explain; schools behind a figure are kept', () => {
    const model = analysisModel(periodDates(rows), [
      {
        key: 'observed',
        name: 'Observed',
        values: [
          { period: first, value: null },
          { period: second, value: 4 },
        ],
        schools: new Map([[second, { reporting: 90, total: 100 }]]),
      },
    ]);
    const [gap, figure] = model.periods.filter((p) => !p.isBreak);
    expect(gap?.flags).toEqual({ observed: '' });
    expect(figure?.schools).toEqual({ observed: { reporting: 90, total: 100 } });
  });

  test('the CSV has one row per period and one column per line, at the published decimals, no breaks', () => {
    const model = analysisModel(periodDates(rows), [
      {
        key: 'observed',
        name: 'Observed',
        values: [
          { period: first, value: 5.126 },
          { period: third, value: 7 },
        ],
      },
      { key: 'projected', name: 'Projected', values: [{ period: third, value: 6.98 }] },
    ]);
    expect(model.periods.some((p) => p.isBreak)).toBe(true);
    expect(modelCsv(model, 1)).toEqual({
      columns: ['period', 'observed', 'projected'],
      rows: [
        { period: first, observed: 5.1, projected: null },
        { period: third, observed: 7, projected: 7 },
      ],
    });
  });
});
