import { describe, expect, test } from 'vitest';
import { combineAttendance, unionColumns } from '../../scripts/build-data/attendance-combine';

describe('unionColumns', () => {
  test.each([
    {
      name: 'same headers',
      headers: [
        ['a', 'b'],
        ['a', 'b'],
      ],
      union: ['a', 'b'],
    },
    {
      name: 'new column appended',
      headers: [
        ['a', 'b'],
        ['a', 'b', 'c'],
      ],
      union: ['a', 'b', 'c'],
    },
    {
      name: 'retired column beside its neighbour',
      headers: [
        ['a', 'c'],
        ['a', 'x', 'c'],
      ],
      union: ['a', 'x', 'c'],
    },
    { name: 'column first in an older file', headers: [['b'], ['a', 'b']], union: ['a', 'b'] },
    {
      name: 'register codes of 2024/25 and 2022/23',
      headers: [
        ['reason_s', 'reason_t_mobile', 'reason_h', 'reason_k'],
        ['reason_s', 'reason_t_grt', 'reason_h', 'reason_d', 'reason_x'],
      ],
      union: ['reason_s', 'reason_t_grt', 'reason_t_mobile', 'reason_h', 'reason_d', 'reason_x', 'reason_k'],
    },
  ])('$name', ({ headers, union }) => {
    expect(unionColumns(headers)).toEqual(union);
  });
});

const ID = ['time_period', 'geographic_level', 'country_code', 'country_name', 'region_code', 'region_name'];
const LA = ['new_la_code', 'la_name', 'old_la_code'];
const national = (period: string) => [period, 'National', 'E92000001', 'England', '', ''];

const older = {
  label: '2023-24/EES_ytd_data.csv',
  table: {
    header: [...ID, ...LA, 'school_type', 'overall_absence_perc', 'reason_x', 'pa_perc', 'time_identifier'],
    rows: [
      [
        ...national('202324'),
        '',
        '',
        'NA',
        'Total',
        '7.21075640887642',
        '3',
        '20.6566679988288',
        'Academic year',
      ],
      [...national('202324'), '', '', 'NA', 'Primary', 'c', '', 'low', 'Academic year'],
    ],
  },
};
const newer = {
  label: '2025-26/EES_ytd_data.csv',
  table: {
    header: [
      ...ID,
      ...LA,
      'education_phase',
      'overall_absence_perc',
      'reason_k',
      'pa_perc',
      'time_identifier',
    ],
    rows: [[...national('202526'), '', '', '', 'Total', '6.88', '1', '18.78', 'Academic year']],
  },
};

describe('combineAttendance', () => {
  const { table, filled } = combineAttendance([newer, older]);

  test('EES identifying columns first, then the union of indicators', () => {
    expect(table.header).toEqual([
      ...[
        'time_period',
        'time_identifier',
        'geographic_level',
        'country_code',
        'country_name',
        'region_code',
      ],
      ...['region_name', 'old_la_code', 'new_la_code', 'la_name', 'education_phase'],
      ...['overall_absence_perc', 'reason_k', 'reason_x', 'pa_perc'],
    ]);
  });

  test('values and symbols copied; a missing column is z; rows sorted by time', () => {
    const england = ['Academic year', 'National', 'E92000001', 'England', '', ''];
    expect(table.rows).toEqual([
      ['202324', ...england, 'NA', '', '', 'Total', '7.21075640887642', 'z', '3', '20.6566679988288'],
      ['202324', ...england, 'NA', '', '', 'Primary', 'c', 'z', '', 'low'],
      ['202526', ...england, '', '', '', 'Total', '6.88', '1', 'z', '18.78'],
    ]);
  });

  test('reports the filled columns and the files that lacked them', () => {
    expect(filled).toEqual([
      { column: 'reason_k', files: ['2023-24/EES_ytd_data.csv'] },
      { column: 'reason_x', files: ['2025-26/EES_ytd_data.csv'] },
    ]);
  });
});

describe('combineAttendance options and checks', () => {
  const term = (academicYear: string) => ({
    label: '2023-24/EES_aut_data.csv',
    table: {
      header: ['academic_year', ...ID, ...LA, 'school_type', 'time_identifier', 'enrolments', 'illness_perc'],
      rows: [[academicYear, ...national('202324'), '', '', '', 'Total', 'Autumn term', '100', '2.5']],
    },
  });

  test('drops academic_year when it repeats time_period, and keeps only the named indicators', () => {
    const { table } = combineAttendance([term('202324')], { keep: ['illness_perc', 'not_in_files'] });
    expect(table.header.slice(-2)).toEqual(['education_phase', 'illness_perc']);
    expect(table.header).not.toContain('academic_year');
    expect(table.rows[0]?.slice(0, 2)).toEqual(['202324', 'Autumn term']);
  });

  test('fills time_identifier for files without one', () => {
    const file = {
      label: 'x',
      table: { header: [...ID, ...LA, 'school_type'], rows: [[...national('202223'), '', '', '', 'Total']] },
    };
    expect(combineAttendance([file], { timeIdentifier: 'Academic year' }).table.rows[0]?.[1]).toBe(
      'Academic year',
    );
  });

  test.each([
    {
      name: 'academic_year differs',
      files: [term('202223')],
      message: 'line 2: academic_year differs from time_period',
    },
    {
      name: 'same row twice',
      files: [term('202324'), term('202324')],
      message: 'appears in more than one file',
    },
    { name: 'no files', files: [], message: 'no attendance files to combine' },
  ])('stops when $name', ({ files, message }) => {
    expect(() => combineAttendance(files)).toThrow(message);
  });
});
