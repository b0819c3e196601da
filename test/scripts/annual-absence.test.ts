import { describe, expect, test } from 'vitest';
import { buildAnnualAbsence } from '../../scripts/build-data/annual-absence';
import { ANNUAL_INDICATORS } from '../../scripts/build-data/annual-indicators';
import type { LaIdentity } from '../../scripts/build-data/la-codes';

const HEADER = [
  'short_desc',
  'data_item',
  'years',
  'time_period',
  'area_name',
  'la_number',
  'region',
  'value',
];
const MEASURES = ANNUAL_INDICATORS.flatMap((indicator) => Object.values(indicator.measures));

/** Every annual measure of one area and year, valued by `value(measure)`; plus a measure the build ignores. */
function area(period: string, name: string, number: string, region: string, value: (m: string) => string) {
  return [...MEASURES, 'LAC_Pers_Abs'].map((measure) => [
    measure,
    'Total absence, % half days',
    period.slice(0, 4),
    period,
    name,
    number,
    region,
    value(measure),
  ]);
}

const LAIT = {
  header: HEADER,
  rows: [
    ...area('202324', 'England', '970', 'NA', (m) => (m === 'TotSevPerAbNew' ? '2.2999999999999998' : '1')),
    ...area('202324', 'Yorkshire and the Humber', '982', 'NA', () => '2'),
    ...area('202324', 'London (Inner)', '987', 'NA', () => '3'),
    ...area('202324', 'Camden', '202', 'Inner London', (m) => (m === 'SpecSevPerAbNew' ? 'c' : '4')),
    ...area('201819', 'Dorset (Pre LG)', '835', 'South West', () => '5'),
    ...area('202324', 'Dorset (Pre LG)', '835', 'South West', () => '-'),
    ...area('202324', 'Durham', '840', 'North East', () => '6'),
  ],
};

const CODES = new Map<string, LaIdentity>([
  ['202', { newCode: 'E09000007', name: 'Camden' }],
  ['840', { newCode: 'E06000047', name: 'County Durham' }],
]);

const result = buildAnnualAbsence(LAIT, CODES);
const find = (period: string, level: string, place: string, phase: string) =>
  result.table.rows.find(
    (row) =>
      row[0] === period && row[2] === level && (row[6] === place || row[9] === place) && row[10] === phase,
  );

describe('buildAnnualAbsence', () => {
  test('writes EES columns with education_phase and the five rates', () => {
    expect(result.table.header).toEqual([
      ...[
        'time_period',
        'time_identifier',
        'geographic_level',
        'country_code',
        'country_name',
        'region_code',
      ],
      ...['region_name', 'old_la_code', 'new_la_code', 'la_name', 'education_phase', 'sess_overall_percent'],
      ...['sess_authorised_percent', 'sess_unauthorised_percent', 'enrolments_pa_10_exact_percent'],
      'enrolments_pa_50_exact_percent',
    ]);
  });

  test('one row per year, area and phase; Inner and Outer London dropped', () => {
    expect(result.table.rows).toHaveLength(6 * 4);
    expect(result.table.rows.some((row) => row.includes('London (Inner)'))).toBe(false);
  });

  test.each([
    {
      name: 'England, shortest double',
      row: find('202324', 'National', '', 'Total'),
      expected: ['202324', 'Academic year', 'National', 'E92000001', 'England', '', '', '', '', '', 'Total'],
      rates: ['1', '1', '1', '1', '2.3'],
    },
    {
      name: 'region name normalised',
      row: find('202324', 'Regional', 'Yorkshire and The Humber', 'Primary'),
      expected: ['202324', 'Academic year', 'Regional', 'E92000001', 'England', 'E12000003'],
      rates: ['2', '2', '2', '2', '2'],
    },
    {
      name: 'Inner London borough in London, symbol kept',
      row: find('202324', 'Local authority', 'Camden', 'Special'),
      expected: [
        '202324',
        'Academic year',
        'Local authority',
        'E92000001',
        'England',
        'E12000007',
        'London',
        '202',
      ],
      rates: ['4', '4', '4', '4', 'c'],
    },
    {
      name: 'abolished authority without a code',
      row: find('201819', 'Local authority', 'Dorset (Pre LG)', 'Total'),
      expected: [
        '201819',
        'Academic year',
        'Local authority',
        'E92000001',
        'England',
        'E12000009',
        'South West',
      ],
      rates: ['5', '5', '5', '5', '5'],
    },
  ])('$name', ({ row, expected, rates }) => {
    expect(row?.slice(0, expected.length)).toEqual(expected);
    expect(row?.slice(11)).toEqual(rates);
  });

  test('the attendance files give the code and name', () => {
    expect(find('202324', 'Local authority', 'County Durham', 'Total')?.slice(7, 10)).toEqual([
      '840',
      'E06000047',
      'County Durham',
    ]);
    expect(result.renamed).toEqual([{ oldCode: '840', laitName: 'Durham', name: 'County Durham' }]);
  });

  test('lists unmatched authorities with the years that have figures', () => {
    expect(result.unmatched).toEqual([{ oldCode: '835', name: 'Dorset (Pre LG)', years: ['201819'] }]);
  });

  test('rows run from England to regions to authorities, phases in order', () => {
    const levels = result.table.rows
      .filter((row) => row[0] === '202324')
      .map((row) => `${row[2]}/${row[10]}`);
    expect(levels.slice(0, 5)).toEqual([
      'National/Total',
      'National/Primary',
      'National/Secondary',
      'National/Special',
      'Regional/Total',
    ]);
  });

  test.each([
    { number: '999', message: 'unexpected la_number "999"' },
    { number: '202', region: 'Atlantis', message: 'local authority 202 "X" has unknown region "Atlantis"' },
  ])('stops on $message', ({ number, region, message }) => {
    const lait = { header: HEADER, rows: area('202324', 'X', number, region ?? 'NA', () => '1') };
    expect(() => buildAnnualAbsence(lait, CODES)).toThrow(message);
  });
});
