import { expect, test } from 'vitest';
import { latestRank, leftOutNote, neighboursPoints } from '../../../src/app/neighbours/neighbours-model';
import type { NeighboursRow } from '../../../src/data/sql/neighbours-query';

const row = (period: string, missing: string, withFigures: number, rank: number | null): NeighboursRow => ({
  period,
  period_start: null,
  la_value: rank === null ? null : 2,
  la_flag: null,
  median: withFigures ? 1 : null,
  low: withFigures ? 0.5 : null,
  high: withFigures ? 3 : null,
  with_figures: withFigures,
  missing,
  rank,
  region_value: null,
  england_value: null,
  schools: null,
  schools_total: null,
  schools_flag: null,
  schools_total_flag: null,
  neighbours_schools: null,
  neighbours_schools_total: null,
  region_schools: null,
  region_schools_total: null,
  england_schools: null,
  england_schools_total: null,
});
const neighbours = [
  { old: '866', code: 'E06000030', name: 'Swindon', closeness: 'Close' },
  { old: '941', code: 'E06000062', name: 'West Northamptonshire', closeness: 'Close' },
];

test.each([
  {
    name: 'a neighbour absent for three years: a span',
    rows: [
      row('2017/18', '941', 9, 1),
      row('2018/19', '941', 9, 1),
      row('2020/21', '941', 9, 1),
      row('2021/22', '', 10, 2),
    ],
    note: ['West Northamptonshire has no figure in 2017/18 to 2020/21 and is left out of the median there'],
  },
  {
    name: 'a year with no figures at all is not anyone’s absence',
    rows: [row('2019/20', '866,941', 0, null), row('2020/21', '', 10, 3)],
    note: [],
  },
  {
    name: 'two periods are listed',
    rows: [row('2022/23', '866', 9, 1), row('2023/24', '866', 9, 1)],
    note: ['Swindon has no figure in 2022/23 and 2023/24 and is left out of the median there'],
  },
])('$name', ({ rows, note }) => {
  expect(leftOutNote(rows, neighbours)).toEqual(note);
});

test('the latest rank is the last period with the authority’s figure', () => {
  expect(latestRank([row('2023/24', '', 10, 4), row('2024/25', '', 10, null)])?.period).toBe('2023/24');
});

// Issue #26 point 8: the hover's points carry the period's pandemic flag, decided by pandemicNote.
test.each([
  ['2019-09-01', undefined],
  ['2020-09-01', /in 2020\/21 sessions missed/],
  ['2021-09-01', /until April 2022/],
  ['2022-09-01', undefined],
] as const)('a point starting %s is flagged %s', (start, note) => {
  const [point] = neighboursPoints([{ ...row('x', '', 10, 1), period_start: start }]);
  if (note) expect(point?.note).toMatch(note);
  else expect(point?.note).toBeUndefined();
});
