import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  BAND_SOURCE_COLUMNS,
  buildCharacteristics,
  readZippedCsv,
  severeRate,
} from '../../scripts/build-data/characteristics';
import { parseCsv } from '../../scripts/build-data/csv-table';

/** Rows shaped like the zip's (header-less, codes padded in LA rows); band counts 0..10 then severe. */
const RAW = [
  'Academic year,202223,Local authority,E92000001,England,North East,E12000001,841,"E06000005           ",Darlington,Special,Eligible,Any special educational need,Male,7,1,1,1,1,1,1,1,1,1,1,9',
  'Academic year,202223,Regional,E92000001,England,Inner London,E13000001,,,,State-funded primary,Eligible,Unclassified,Female,10,5,0,0,0,0,0,0,0,0,0,0',
  'Academic year,202223,National,E92000001,England,,,,,,State-funded secondary,Not Eligible,No identified special educational need,Male,11,80,5,0,0,0,0,0,0,0,5,10',
  'Academic year,202223,National,E92000001,England,,,,,,State-funded primary,Eligible,Any special educational need,Female,2,90,0,0,0,0,0,0,0,0,0,0',
  'Academic year,202223,National,E92000001,England,,,,,,State-funded primary,Eligible,Any special educational need,Female,10,8,0,0,0,0,0,0,0,0,0,2',
].join('\r\n');

const raw = parseCsv(`\uFEFF${RAW}\r\n`, 'bands.csv', BAND_SOURCE_COLUMNS);
const table = buildCharacteristics(raw, 'bands.csv');

describe('buildCharacteristics', () => {
  test('EES header, renamed filters and bands', () => {
    expect(table.header.slice(10, 15)).toEqual([
      'education_phase',
      'fsm_eligible',
      'sen_status',
      'sex',
      'nc_year',
    ]);
    expect(table.header.slice(15, 17)).toEqual(['enrolments_overall_0_5', 'enrolments_overall_5_10']);
    expect(table.header.at(-1)).toBe('enrolments_overall_50_plus');
    expect(table.header).toHaveLength(26);
  });

  test('keeps National and Regional rows, sorted, with phases mapped and counts unchanged', () => {
    expect(table.rows.map((row) => [row[2], row[5], row[10], row[14], row[15], row[25]])).toEqual([
      ['National', '', 'Primary', '2', '90', '0'],
      ['National', '', 'Primary', '10', '8', '2'],
      ['National', '', 'Secondary', '11', '80', '10'],
      ['Regional', 'E13000001', 'Primary', '10', '5', '0'],
    ]);
  });

  test('time columns in EES order', () => {
    expect(table.rows[0]?.slice(0, 5)).toEqual([
      '202223',
      'Academic year',
      'National',
      'E92000001',
      'England',
    ]);
  });
});

describe('severeRate', () => {
  test.each([
    { level: 'National', rate: (100 * (10 + 0 + 2)) / (100 + 90 + 10) },
    { level: 'Regional', rate: 0 },
  ])('$level: the 50%-plus band over all bands, every row summed', ({ level, rate }) => {
    expect(severeRate(table, '202223', level)).toBeCloseTo(rate, 12);
  });

  test('a year without rows is an error, not zero', () => {
    expect(() => severeRate(table, '201920')).toThrow('no National rows for 201920');
  });
});

describe('readZippedCsv', () => {
  test('reads the one CSV inside, without its byte-order mark', () => {
    const zip = zipSync({ 'bands.csv': strToU8('\uFEFFa,b\n1,2\n'), 'notes.txt': strToU8('x') });
    expect(readZippedCsv(zip, 'z.zip')).toBe('a,b\n1,2\n');
  });

  test.each<{ files: Record<string, Uint8Array>; found: number }>([
    { files: { 'a.csv': strToU8('1'), 'b.csv': strToU8('2') }, found: 2 },
    { files: { 'a.txt': strToU8('1') }, found: 0 },
  ])('stops when it finds $found CSVs', ({ files, found }) => {
    expect(() => readZippedCsv(zipSync(files), 'z.zip')).toThrow(
      `z.zip: expected one CSV inside, found ${found}`,
    );
  });
});
