import { beforeAll, expect, test } from 'vitest';
import { MAX_COLUMNS } from '../../../src/data/load/column-limit';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { LoadError } from '../../../src/data/load/load-error';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { bytesOf } from '../../support/dfe-files';

const AREA = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name'];

function fileWith(columns: number): Uint8Array {
  const names = Array.from({ length: columns - AREA.length }, (_, i) => `ind_${i}`);
  const row = ['202324', 'Academic year', 'National', 'E92000001', 'England', ...names.map(() => '1')];
  return bytesOf([[...AREA, ...names].join(','), row.join(',')].join('\n'));
}

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

test.each([
  {
    columns: MAX_COLUMNS + 1,
    message:
      'too-wide.csv (line 1): The file has 2,501 columns; this app reads files of up to 2,500 columns. Split it into files with fewer indicators',
  },
  { columns: 20_000, message: 'too-wide.csv (line 1): The file has 20,000 columns;' },
])(
  'a file of $columns columns is refused before it is read, naming its width',
  async ({ columns, message }) => {
    const load = loadDataset(engine, {
      id: 'wide',
      fileName: 'too-wide.csv',
      data: fileWith(columns),
      origin: 'user',
    });
    await expect(load).rejects.toBeInstanceOf(LoadError);
    await expect(load).rejects.toThrow(message);
    const tables = await engine.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%wide'",
    );
    expect(tables).toEqual([]);
  },
);
