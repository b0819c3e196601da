import { expect, test } from 'vitest';
import { laCodesFrom } from '../../scripts/build-data/la-codes';

const HEADER = ['geographic_level', 'old_la_code', 'new_la_code', 'la_name'];
const file = (label: string, rows: string[][]) => ({ label, table: { header: HEADER, rows } });

test.each([
  {
    name: 'latest file wins and the change is reported',
    files: [
      file('2022-23/EES_weekly_data.csv', [['Local authority', '815', 'E10000023', 'North Yorkshire']]),
      file('2022-23/EES_ytd_data.csv', [['Local authority', '815', 'E06000065', 'North Yorkshire']]),
    ],
    code: ['815', 'E06000065'],
    changed: [{ oldCode: '815', name: 'North Yorkshire', codes: ['E10000023', 'E06000065'] }],
  },
  {
    name: 'an authority found only in an early file keeps its code',
    files: [
      file('2022-23/EES_weekly_data.csv', [['Local authority', '909', 'E10000006', 'Cumbria']]),
      file('2023-24/EES_ytd_data.csv', [['Local authority', '942', 'E06000063', 'Cumberland']]),
    ],
    code: ['909', 'E10000006'],
    changed: [],
  },
  {
    name: 'national and regional rows are ignored',
    files: [
      file('a.csv', [
        ['National', 'NA', '', ''],
        ['Regional', '', '', ''],
        ['Local authority', '201', 'E09000001', 'City of London'],
      ]),
    ],
    code: ['201', 'E09000001'],
    changed: [],
  },
])('$name', ({ files, code, changed }) => {
  const map = laCodesFrom(files);
  expect(map.byOldCode.get(code[0] ?? '')?.newCode).toBe(code[1]);
  expect(map.changed).toEqual(changed);
});

test('an authority row without a three-digit code stops the build', () => {
  expect(() => laCodesFrom([file('a.csv', [['Local authority', 'NA', 'E1', 'X']])])).toThrow(
    'a.csv: local authority row without a three-digit old_la_code',
  );
});
