import { describe, expect, test } from 'vitest';
import { LoadError } from '../../../src/data/load/load-error';
import { readCsvHeader, SNIFF_BYTES } from '../../../src/data/load/csv-header';
import { bytesOf, dataFile } from '../../support/dfe-files';
import { eesVarietyZip } from '../../support/ees-variety-files';

const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,x';
const ROW = '202324,Academic year,National,E92000001,England,1.5';

/** The LoadError readCsvHeader throws for `head`, or fails the test. */
function refusal(head: Uint8Array, complete = true): LoadError {
  try {
    readCsvHeader('a.csv', head, complete);
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('reading the header of genuine files', () => {
  test('the default annual absence file', () => {
    const head = dataFile('annual_absence.csv').subarray(0, SNIFF_BYTES);
    const header = readCsvHeader('annual_absence.csv', head, false);
    expect(header.columns.slice(0, 3)).toEqual(['time_period', 'time_identifier', 'geographic_level']);
    expect(header).toMatchObject({ hasDataRow: true, delimiter: ',' });
  });

  test.each([
    ['SEN2_AGE_NEW.zip', 'SEN2_AGE_NEW.csv', 13],
    // time_identifier before time_period, and school columns.
    ['absence_for_four_year_olds.zip', 'absence_for_four_year_olds.csv', 22],
  ])('%s', (zip, csv, count) => {
    const bytes = eesVarietyZip(zip).get(csv) ?? new Uint8Array();
    const header = readCsvHeader(csv, bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
    expect(header.columns).toHaveLength(count);
    expect(header.hasDataRow).toBe(true);
  });

  test('a genuine .meta.csv added on its own is told to go with its data file', () => {
    const meta = eesVarietyZip('SEN2_AGE_NEW.zip').get('SEN2_AGE_NEW.meta.csv') ?? new Uint8Array();
    expect(refusal(meta).problem).toMatch(/This is an EES metadata file/);
  });
});

describe('what the start of a file shows', () => {
  test.each([
    ['a byte-order mark and CRLF line ends', `\uFEFF${HEADER}\r\n${ROW}\r\n`, ','],
    ['a tab-separated export', `${HEADER.replaceAll(',', '\t')}\n${ROW.replaceAll(',', '\t')}\n`, '\t'],
    ['padded names, trimmed', ` ${HEADER.replaceAll(',', ' , ')} \n${ROW}\n`, ','],
  ])('%s', (_, text, delimiter) => {
    const header = readCsvHeader('a.csv', bytesOf(text), true);
    expect(header.columns).toEqual(HEADER.split(','));
    expect(header.delimiter).toBe(delimiter);
    expect(header.hasDataRow).toBe(true);
  });

  test('a header with no rows under it', () => {
    expect(readCsvHeader('a.csv', bytesOf(`${HEADER}\n\n`), true).hasDataRow).toBe(false);
  });

  test('`level` stands for geographic_level', () => {
    const text = HEADER.replace('geographic_level', 'level');
    expect(readCsvHeader('a.csv', bytesOf(`${text}\n${ROW}`), true).columns).toContain('level');
  });

  test('a multi-byte character cut at the end of the sniffed bytes is not a bad byte', () => {
    const text = `${HEADER},la_name\n${ROW},Ynys Môn\n`;
    const bytes = bytesOf(text);
    const cut = bytes.subarray(0, bytes.indexOf(0xc3) + 1);
    expect(readCsvHeader('a.csv', cut, false).columns).toContain('la_name');
    // The same bytes as the whole file are a broken character.
    expect(refusal(cut, true).problem).toMatch(/not UTF-8 \(first bad character on line 2, field 7\)/);
  });
});

describe('files refused before DuckDB reads them', () => {
  const latin1 = new Uint8Array([
    ...bytesOf(`${HEADER}\n202324,Academic year,National,E92000001,England,`),
    0xe9,
    0x0a,
  ]);
  test.each([
    ['empty', new Uint8Array(), /The file is empty \(0 bytes\)/, undefined],
    ['only spaces', bytesOf('  \n \n'), /The file is empty\./, undefined],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x74, 0x00]), /UTF-16/, 1],
    ['a zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /This is a zip archive/, undefined],
    ['a PDF', bytesOf('%PDF-1.7\n'), /a PDF document/, undefined],
    ['gzip', new Uint8Array([0x1f, 0x8b, 8, 0]), /a gzip archive/, undefined],
    ['an old Excel workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), /old Excel/, undefined],
    ['a NUL byte', new Uint8Array([0x61, 0x00, 0x62]), /a binary file/, undefined],
    ['Latin-1 text', latin1, /not UTF-8 \(first bad character on line 2, field 6\)/, 2],
    ['a web page', bytesOf('<!DOCTYPE html><html></html>'), /a web page/, 1],
    ['JSON', bytesOf('[{"a": 1}]'), /JSON/, 1],
    ['semicolons', bytesOf('time_period;time_identifier;geographic_level\n'), /separated by semicolons/, 1],
    ['bars', bytesOf('time_period|time_identifier|geographic_level\n'), /separated by bars/, 1],
    ['no header row', bytesOf(`${ROW}\n${ROW}\n`), /looks like data \(“202324”\)/, 1],
    ['a column without a name', bytesOf(`${HEADER},,y\n`), /Column 7 of the header has no name/, 1],
    ['a name twice, in any case', bytesOf(`${HEADER},X\n`), /“X” appears twice \(columns 6 and 7\)/, 1],
    [
      'no time columns',
      bytesOf('geographic_level,x\nNational,1\n'),
      /no time_period, time_identifier columns/,
      1,
    ],
    [
      'no level column',
      bytesOf('time_period,time_identifier,x\n202324,Academic year,1\n'),
      /no geographic_level column\./,
      1,
    ],
  ])('%s', (_, head, problem, line) => {
    const error = refusal(head);
    expect(error.problem).toMatch(problem);
    expect(error.line).toBe(line);
    expect(error.fileName).toBe('a.csv');
  });
});
