import { describe, expect, test } from 'vitest';
import { CHARACTERISTICS } from '../../../src/app/characteristics/characteristics-choices';
import {
  ALL_PUPILS,
  groupLines,
  toSeriesRows,
  UNCLASSIFIED,
} from '../../../src/app/characteristics/group-series';
import { NO_ROW } from '../../../src/data/ees/missing-values';
import type { CharacteristicsRow } from '../../../src/data/sql/characteristics-query';

const byId = (id: string) => {
  const found = CHARACTERISTICS.find((c) => c.id === id);
  if (!found) throw new Error(`no characteristic ${id}`);
  return found;
};
const fsm = byId('fsm');
const year = byId('year');

const row = (period: string, group: string | null, value: number | null): CharacteristicsRow => {
  const start = Number(period.slice(0, 4));
  return {
    period,
    period_start: `${start}-09-01`,
    period_end: `${start + 1}-08-31`,
    period_mid: Date.parse(`${start + 1}-03-01T00:00:00Z`),
    is_total: group === null,
    group_value: group,
    severe_absentees: value === null ? null : 10,
    enrolments: value === null ? null : 100,
    value,
    flag: value === null ? 'c' : null,
  };
};

describe('group lines', () => {
  test('all pupils first, then the groups in the order the query gives, named for people', () => {
    const rows = [row('2022/23', 'Eligible', 3), row('2022/23', 'Not Eligible', 1), row('2022/23', null, 2)];
    expect(groupLines(rows, fsm)).toEqual([
      { key: ALL_PUPILS, name: 'All pupils' },
      { key: 'group:Eligible', name: 'FSM eligible' },
      { key: 'group:Not Eligible', name: 'Not FSM eligible' },
    ]);
  });

  test.each([
    ['1', 'Year 1'],
    ['12', 'Year 12'],
    ['Reception', 'Reception'],
  ])('year group %s is drawn as %s', (value, name) => {
    expect(groupLines([row('2022/23', value, 1)], year)).toEqual([{ key: `group:${value}`, name }]);
  });

  test('a group with no recorded value is shown as blank; DfE\u2019s Unclassified keeps its key', () => {
    expect(groupLines([row('2022/23', '', 1), row('2022/23', 'Unclassified', 1)], fsm)).toEqual([
      { key: 'group:', name: '(blank)' },
      { key: UNCLASSIFIED, name: 'Unclassified' },
    ]);
  });
});

describe('series rows', () => {
  test('each row becomes a point of its group\u2019s line, missing values keeping their symbol', () => {
    const series = toSeriesRows([row('2022/23', 'Eligible', 3), row('2022/23', 'Not Eligible', null)], fsm);
    expect(series.map((r) => [r.area_code, r.area_name, r.value, r.flag])).toEqual([
      ['group:Eligible', 'FSM eligible', 3, null],
      ['group:Not Eligible', 'Not FSM eligible', null, 'c'],
    ]);
  });

  test('an academic year the file has no rows for (2019/20) is a gap in every line', () => {
    const rows = ['2018/19', '2020/21'].flatMap((period) => [
      row(period, null, 2),
      row(period, 'Eligible', 3),
    ]);
    const gap = toSeriesRows(rows, fsm).filter((r) => r.period === '2019/20');
    expect(gap.map((r) => [r.area_code, r.value, r.flag, r.period_start, r.period_end])).toEqual([
      [ALL_PUPILS, null, NO_ROW, '2019-09-01', '2020-08-31'],
      ['group:Eligible', null, NO_ROW, '2019-09-01', '2020-08-31'],
    ]);
    expect(gap[0]?.period_mid).toBeGreaterThan(rows[0]?.period_mid ?? Infinity);
    expect(gap[0]?.period_mid).toBeLessThan(rows[2]?.period_mid ?? -Infinity);
  });

  test('consecutive years get no gap, and periods other than academic years are left as they are', () => {
    const consecutive = ['2021/22', '2022/23'].map((period) => row(period, null, 2));
    expect(toSeriesRows(consecutive, fsm)).toHaveLength(2);
    const terms = [
      { ...row('2018/19', null, 2), period: '2018/19 Autumn term' },
      { ...row('2020/21', null, 2), period: '2020/21 Autumn term' },
    ];
    expect(toSeriesRows(terms, fsm)).toHaveLength(2);
  });
});
