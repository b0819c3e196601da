import { expect, test } from 'vitest';
import { cutMeta, META_COLUMNS, PA_PERC_META } from '../../scripts/build-data/meta-csv';

const SOURCE = {
  header: [...META_COLUMNS],
  rows: [
    ['school_type', 'Filter', 'School Type', '', '', '', '', ''],
    [
      'enrolments',
      'Indicator',
      'Number of enrolments in schools reporting',
      'Schools and enrolments',
      '',
      '0',
      '',
      '',
    ],
    ['illness_perc', 'Indicator', 'Authorised illness absence rate', 'Absence rates', '%', '1', '', ''],
  ],
};

test.each([
  {
    name: 'geography skipped, phase relabelled, DfE rows copied unchanged',
    columns: ['time_period', 'la_name', 'education_phase', 'illness_perc', 'enrolments'],
    extra: [],
    rows: [
      ['education_phase', 'Filter', 'Education phase', '', '', '', 'Filter by education phase', ''],
      SOURCE.rows[2],
      SOURCE.rows[1],
    ],
    unlabelled: [],
  },
  {
    name: 'pa_perc described by the builder; unknown columns reported',
    columns: ['education_phase', 'pa_perc', 'auth_mob_perc'],
    extra: [PA_PERC_META],
    rows: [
      ['education_phase', 'Filter', 'Education phase', '', '', '', 'Filter by education phase', ''],
      [
        'pa_perc',
        'Indicator',
        'Persistent absence rate (missing 10% or more of sessions)',
        'Absence rates',
        '%',
        '1',
        '',
        '',
      ],
    ],
    unlabelled: ['auth_mob_perc'],
  },
])('$name', ({ columns, extra, rows, unlabelled }) => {
  const cut = cutMeta(SOURCE, columns, extra);
  expect(cut.table.header).toEqual([...META_COLUMNS]);
  expect(cut.table.rows).toEqual(rows);
  expect(cut.unlabelled).toEqual(unlabelled);
});
