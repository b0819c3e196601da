import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  changeInWords,
  headlineFigure,
  HEADLINES,
  type HeadlinePoint,
  type HeadlineSpec,
} from '../../../src/app/briefing/headline-figures';
import { DATA_DIR } from '../../support/dfe-files';

/** England, all schools, one indicator of a curated data file, as the tidy view would date it. */
function englandPoints(spec: HeadlineSpec): HeadlinePoint[] {
  const text = readFileSync(`${DATA_DIR}/${spec.datasetId}.csv`, 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return rows
    .filter((row) => row.geographic_level === 'National' && row.education_phase === 'Total')
    .map((row) => {
      const year = (row.time_period ?? '').slice(0, 4);
      const cell = row[spec.indicator] ?? '';
      const value = Number(cell);
      return {
        period: `${year}/${(row.time_period ?? '').slice(4)}`,
        start: `${year}-09-01`,
        value: cell.trim() === '' || Number.isNaN(value) ? null : value,
      };
    });
}

const spec = (indicator: string): HeadlineSpec => {
  const found = HEADLINES.find((h) => h.indicator === indicator);
  if (!found) throw new Error(`no headline for ${indicator}`);
  return found;
};

// Expected figures read from the curated files (National, Total):
//   grep -E '^[0-9]+,Academic year,National,.*,Total,' data/annual_absence.csv
//     (columns: sess_overall_percent, …, enrolments_pa_10_exact_percent, enrolments_pa_50_exact_percent)
//   awk -F, '$3=="National" && $11=="Total" {print $1, $52}' data/attendance_ytd.csv   (attendance_perc)
// 2024/25: severe 2.39, persistent 18.14, overall 6.78; 2023/24: 2.3, 19.95, 7.15; 2018/19: 0.85, 10.86, 4.73.
// Attendance: 2025/26 year to date 93.1167518649325, 2024/25 93.1298083791604; the daily collection starts 2022/23.
describe('headline figures for England', () => {
  test.each([
    // [indicator, latest period, latest, vs previous year, change, vs 2018/19, change]
    ['enrolments_pa_50_exact_percent', '2024/25', 2.39, '2023/24', 0.09, 0.85, 1.54],
    ['enrolments_pa_10_exact_percent', '2024/25', 18.14, '2023/24', -1.81, 10.86, 7.28],
    ['sess_overall_percent', '2024/25', 6.78, '2023/24', -0.37, 4.73, 2.05],
  ] as const)('%s', (indicator, period, latest, previous, change, baseline, sinceBaseline) => {
    const figure = headlineFigure(spec(indicator), englandPoints(spec(indicator)));
    expect(figure.latest).toEqual({ period, value: latest });
    expect(figure.previousYear).toMatchObject({ against: previous, change, missing: null });
    expect(figure.baseline).toEqual({
      against: '2018/19',
      value: baseline,
      change: sinceBaseline,
      missing: null,
    });
  });

  test('attendance: the latest year to date, no change against a whole year, and no invented 2018/19 figure', () => {
    const attendance = spec('attendance_perc');
    const points = englandPoints(attendance).map((p) => ({ ...p, period: `${p.period} year to date` }));
    const figure = headlineFigure(attendance, points);
    expect(figure.latest).toEqual({ period: '2025/26 year to date', value: 93.1 });
    // 2025/26 is a part year: comparing it with the whole of 2024/25 would not be like with like.
    expect(figure.previousYear).toEqual({
      against: '2024/25 year to date',
      value: null,
      change: null,
      missing:
        'No like-for-like change: 2025/26 year to date covers part of the year, 2024/25 year to date the whole year.',
    });
    expect(figure.baseline).toEqual({
      against: '2018/19',
      value: null,
      change: null,
      missing: 'No 2018/19 figure: this series starts in 2022/23 year to date.',
    });
  });
});

test('a year with no figure is named, with the reason, and no change is given', () => {
  const severe = spec('enrolments_pa_50_exact_percent');
  const points: HeadlinePoint[] = [
    { period: '2018/19', start: '2018-09-01', value: 0.85 },
    { period: '2019/20', start: '2019-09-01', value: null },
    { period: '2020/21', start: '2020-09-01', value: 1.13 },
  ];
  const figure = headlineFigure(severe, points);
  expect(figure.previousYear?.change).toBeNull();
  expect(figure.previousYear?.missing).toMatch(
    /^No 2019\/20 figure: DfE published the autumn term 2019 only: .* no two-term or full-year release/,
  );
  expect(figure.baseline?.change).toBe(0.28);
});

test('no figures at all gives no headline', () => {
  expect(headlineFigure(spec('sess_overall_percent'), []).latest).toBeNull();
});

test.each([
  [0.09, '+0.09 percentage points'],
  [-1.81, '−1.81 percentage points'],
  [0, 'no change at the precision published'],
])('change %s reads "%s"', (change, words) => {
  expect(changeInWords(change, spec('sess_overall_percent'))).toBe(words);
});
