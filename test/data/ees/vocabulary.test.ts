import { describe, expect, test } from 'vitest';
import { findLevel } from '../../../src/data/ees/geography';
import { formatValue, roundAsPublished } from '../../../src/data/ees/indicators';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { explainMissing, explainPeriodGap, isMissingSymbol } from '../../../src/data/ees/missing-values';
import { normalisePhase } from '../../../src/data/ees/phase';

describe('missing-value symbols are gaps with reasons', () => {
  test.each([
    ['c', 'suppressed'],
    ['x', 'not available'],
    ['z', 'not applicable'],
    ['low', 'rounds to zero'],
    ['k', 'rounds to zero'],
    ['u', 'low reliability'],
    [':', 'not available'],
    ['~', 'rounds to zero'],
    ['NA', 'not available'],
    ['-', 'no figure published'],
    ['', 'no value given'],
    [' C ', 'suppressed'],
  ])('%j', (symbol, words) => {
    expect(isMissingSymbol(symbol)).toBe(true);
    expect(explainMissing(symbol)).toContain(words);
  });
  test('an unknown symbol is named, not hidden', () => {
    expect(isMissingSymbol('n/a?')).toBe(false);
    expect(explainMissing('n/a?')).toBe('“n/a?” is not a number');
  });
  test('2019/20 has its own explanation', () => {
    expect(explainPeriodGap('2019/20', 'Academic year')).toMatch(
      /DfE published the autumn term 2019 only; .* no two-term or full-year release/,
    );
    expect(explainPeriodGap('2019/20', 'Term')).toBeNull();
  });
});

test.each([
  ['Total', 'Total'],
  ['State-funded primary', 'Primary'],
  ['state-funded SECONDARY', 'Secondary'],
  ['Special', 'Special'],
  ['', 'Total'],
  ['Independent', 'Independent'],
])('phase %j reads as %j', (raw, phase) => {
  expect(normalisePhase(raw)).toBe(phase);
});

test.each([
  ['National', 'country_code'],
  ['regional', 'region_code'],
  ['Local authority', 'new_la_code'],
  ['Parliamentary constituency', 'pcon_code'],
  ['Local skills improvement plan area', 'lsip_code'],
])('level %s uses %s', (level, column) => {
  expect(findLevel(level)?.codeColumn).toBe(column);
});

test.each([
  [2.2999999999999998, 2, '2.30%'],
  [2.0299999999999998, 2, '2.03%'],
  [20.6566679988288, 1, '20.7%'],
  [0.125, 2, '0.13%'],
])('%d at %d dp is %s', (value, decimals, text) => {
  expect(formatValue(roundAsPublished(value, decimals), decimals, '%')).toBe(text);
});

test('a .meta.csv with a BOM gives labels, units and decimals, and reports rows it cannot use', () => {
  const text =
    '\uFEFFcol_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\r\nschool_type,Filter,School Type,,,,,\r\nattendance_perc,Indicator,Attendance rate,Absence rates,%,1,,\r\nbroken,Thing,,,,,,\r\n';
  const { columns, problems } = parseMetaCsv(text);
  expect(columns).toEqual([
    { column: 'school_type', type: 'Filter', label: 'School Type', unit: '', decimals: null, group: '' },
    {
      column: 'attendance_perc',
      type: 'Indicator',
      label: 'Attendance rate',
      unit: '%',
      decimals: 1,
      group: 'Absence rates',
    },
  ]);
  expect(problems).toEqual(['line 4: needs col_name and col_type Filter or Indicator']);
});
