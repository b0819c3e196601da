import { expect, test } from 'vitest';
import {
  changeCoverage,
  latestSchools,
  latestSchoolsWords,
} from '../../../src/app/local-authorities/ranking-schools';
import type { RankingRow } from '../../../src/data/sql/ranking-query';

// Issue #11 point 10. Counts from DfE's year-to-date files (attendance/<year>/EES_ytd_data.csv), Primary: Knowsley
// 2024/25 49.7340425531915 of 50, 2023/24 46.716577540107 of 50, 2022/23 41.7258064516129 of 50; Bracknell Forest
// Special 2024/25 num_schools 1, total_num_schools "NA", overall_absence_perc "c".
const row = (change: Partial<RankingRow>): RankingRow =>
  ({
    latest_value: 6.46,
    schools: 49.7340425531915,
    schools_total: 50,
    schools_flag: null,
    schools_total_flag: null,
    previous_schools: 46.716577540107,
    previous_schools_total: 50,
    baseline_schools: 41.7258064516129,
    baseline_schools_total: 50,
    ...change,
  }) as RankingRow;

test.each<[string, RankingRow, boolean, string]>([
  ['a figure with its schools', row({}), true, '; 49.7 of 50 schools reporting on average (99%)'],
  ['a file without schools columns', row({ schools: null, schools_total: null }), false, ''],
  ['no figure: the gap says why, not the count', row({ latest_value: null }), true, ''],
  [
    'schools open suppressed',
    row({ schools: 1, schools_total: null, schools_total_flag: 'NA' }),
    true,
    '; 1 school reporting (schools open: “NA”: not available)',
  ],
  [
    'no count for a figure in a file that has counts',
    row({ schools: null, schools_flag: 'c', schools_total: null }),
    true,
    '; schools reporting: no count (“c”: suppressed to protect confidentiality (small numbers))',
  ],
  [
    'zero schools is no count, never a count of 0',
    row({ schools: 0, schools_flag: null }),
    true,
    '; schools reporting: no count (no count of schools in the file for this row)',
  ],
])('%s', (_name, input, counted, words) => {
  expect(latestSchoolsWords(input, counted)).toBe(words);
});

test.each<[RankingRow, 'previous' | 'baseline', string | null]>([
  [row({}), 'previous', 'schools reporting 93% → 99%'],
  [row({}), 'baseline', 'schools reporting 83% → 99%'],
  [row({ baseline_schools_total: null }), 'baseline', null],
  [row({ schools: null }), 'previous', null],
])('coverage beside a change on the %#th case', (input, against, text) => {
  expect(changeCoverage(input, against)).toBe(text);
});

test('a file without counts gives no count and no gap in a row', () => {
  expect(latestSchools(row({}), false)).toEqual({});
});
