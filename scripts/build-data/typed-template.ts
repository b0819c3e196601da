import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TYPED_TEMPLATE_FILE } from '../../src/data/load/typed-file';
import { quoteLiteral } from '../../src/data/sql/quote';

/**
 * An empty DuckDB database file (12 KB) that the app copies to keep a user's file in its typed form: DuckDB-WASM
 * 1.32 refuses to create a database file of its own that it can later give back (a new file in its memory file
 * system stays locked after DETACH; a new file in OPFS is 0 bytes, "not a valid DuckDB database file"), but it
 * writes into a copy of a valid one and gives that back. The storage version is the one the app reads.
 */
export async function writeTypedTemplate(dataDir: string): Promise<{ file: string; bytes: number }> {
  const path = join(dataDir, TYPED_TEMPLATE_FILE);
  rmSync(path, { force: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH ${quoteLiteral(path)} AS template (STORAGE_VERSION 'v1.4.0')`);
    await connection.run('DETACH template');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return { file: TYPED_TEMPLATE_FILE, bytes: statSync(path).size };
}
