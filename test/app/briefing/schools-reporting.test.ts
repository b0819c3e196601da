import { expect, test } from 'vitest';
import { coverageSentence } from '../../../src/app/briefing/schools-reporting';
import type { AnalysisRow } from '../../../src/data/sql/analysis-query';

// num_schools and total_num_schools of data/attendance_ytd.csv, England, Total (python csv module).
const row = (period: string, schools: number | null, total: number | null): AnalysisRow => ({
  period,
  period_start: `${period.slice(0, 4)}-09-01`,
  period_end: null,
  period_mid: 0,
  level: 'National',
  area_code: 'E92000001',
  area_name: 'England',
  region_code: null,
  value: 93,
  flag: null,
  count: null,
  schools,
  schools_total: total,
});

// Issue #11: coverage rose from about 80% of schools (2022/23) to 97% (2024/25); the headline says so.
test.each([
  [
    [
      row('2022/23 year to date', 17586.7015706806, 22005),
      row('2024/25 year to date', 20747.2978723404, 21313),
    ],
    'From 20,747.3 of 21,313 schools (97%) reporting on average; 80% reported in 2022/23 year to date. A change in which ' +
      'schools are counted can move a rate by itself.',
  ],
  [
    [row('2024/25 year to date', 20747.2978723404, 21313)],
    'From 20,747.3 of 21,313 schools (97%) reporting on average.',
  ],
  [[row('2024/25 year to date', null, null)], null],
])('%#', (rows, sentence) => {
  expect(coverageSentence(rows)).toBe(sentence);
});
