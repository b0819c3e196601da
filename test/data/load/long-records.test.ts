import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { LoadError } from '../../../src/data/load/load-error';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,overall_absence_perc';
const row = (year: string, name = 'England') => `${year},Academic year,National,E92000001,${name},7.1`;
const encoder = new TextEncoder();
const HUGE = 'x'.repeat(20_000_000);

async function load(lines: string[], ending = '\n') {
  return loadDataset(engine, {
    id: `long${Math.random().toString(36).slice(2, 8)}`,
    fileName: 'long.csv',
    data: encoder.encode(lines.join('\n') + ending),
    origin: 'user',
  }).catch((error: unknown) => error);
}

// Issue #29: a file whose last row held a 20 MB cell loaded as "3 rows", its last row dropped without a word.
describe('every record is loaded or refused with its line', () => {
  test.each([
    [
      'the last row, with a newline',
      [HEADER, row('202122'), row('202223'), row('202324'), row('202425', HUGE)],
      '\n',
      5,
    ],
    [
      'the last row, without a newline',
      [HEADER, row('202122'), row('202223'), row('202324'), row('202425', HUGE)],
      '',
      5,
    ],
    [
      'a quoted cell in the last row',
      [HEADER, row('202122'), row('202223'), row('202425', `"${HUGE}"`)],
      '\n',
      4,
    ],
    ['a 20 MB row in the middle', [HEADER, row('202122'), row('202223', HUGE), row('202324')], '\n', 3],
    [
      'a 3 MB row in the middle',
      [HEADER, row('202122'), row('202223', 'y'.repeat(3_000_000)), row('202324')],
      '\n',
      3,
    ],
  ])('an overlong line (%s) is refused with its line', async (_name, lines, ending, line) => {
    const error = await load(lines, ending);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ line, problem: 'A line is longer than 2 MB, which no EES file has.' });
  });

  test('a file of ordinary rows reports every row', async () => {
    const dataset = await load([HEADER, row('202122'), row('202223'), row('202324'), row('202425')], '');
    expect(dataset).toMatchObject({ rows: 4 });
  });
});
