import { expect, test } from 'vitest';
import { neutraliseCell, toCsv } from '../../src/data/csv-export';

test.each([
  ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
  ['+44 20', `'+44 20`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1)', `'@SUM(A1)`],
  ['\tTab', `'\tTab`],
  ['\rCR', `'\rCR`],
  ['Leeds', 'Leeds'],
  ['', ''],
])('text cell %j is written as %j', (cell, written) => {
  expect(neutraliseCell(cell)).toBe(written);
});

test('numbers stay numbers, including negative changes; missing values are empty', () => {
  expect(neutraliseCell(-0.25)).toBe(-0.25);
  expect(neutraliseCell(null)).toBe('');
  expect(neutraliseCell(Number.NaN)).toBe('');
});

test('a whole export quotes what needs quoting and neutralises formulas', () => {
  const csv = toCsv(
    ['area_name', 'value'],
    [
      { area_name: '=1+2', value: 2.3 },
      { area_name: 'Bristol, City of', value: null },
    ],
  );
  expect(csv).toBe(`area_name,value\r\n'=1+2,2.3\r\n"Bristol, City of",`);
});
