import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { Manifest } from '../../src/data/default-data';
import { describedDataset, type DefaultDescription } from '../../src/data/default-description';
import { fileFingerprint } from '../../src/data/datasets/file-fingerprint';
import { parseMetaCsv } from '../../src/data/ees/meta-csv';
import { dropDataset, loadDataset } from '../../src/data/load/load-dataset';
import { TYPED_PERIODS, TYPED_ROWS } from '../../src/data/load/typed-file';
import type { SqlEngine } from '../../src/data/sql-engine';
import { quoteIdent, quoteLiteral } from '../../src/data/sql/quote';
import { PERIODS_TABLE } from '../../src/data/sql/tidy-view';
import { createNodeEngine } from '../node-engine';

/**
 * The storage version of the files written: the oldest whose format DuckDB-WASM 1.32 (DuckDB 1.4) reads with every
 * compression it has, so the file's columns stay compressed in the app as they are on disk. Small blocks, because
 * a DuckDB file is whole blocks and these tables are a few hundred kilobytes.
 */
const ATTACH_OPTIONS = "STORAGE_VERSION 'v1.4.0', BLOCK_SIZE 16384";

/** The tidy table's columns as DuckDB-WASM typed them: text or numbers, nothing else. */
type ColumnType = 'VARCHAR' | 'DOUBLE';

async function columnTypes(engine: SqlEngine, table: string): Promise<[string, ColumnType][]> {
  const rows = await engine.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_name = ? ORDER BY ordinal_position`,
    [table],
  );
  return rows.map(({ name, type }) => {
    if (type !== 'VARCHAR' && type !== 'DOUBLE')
      throw new Error(`${table}.${name} is ${type}: the typed defaults hold text and numbers only`);
    return [name, type];
  });
}

function appendCell(appender: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined) appender.appendNull();
  else if (type === 'DOUBLE') appender.appendDouble(value as number);
  else appender.appendVarchar(value as string);
}

/**
 * Copies the answer of `select` on DuckDB-WASM into a new table of the native file, value by value: the numbers
 * cross as the same doubles and the text as the same strings, so the file holds exactly what the app's own load
 * made of the CSV.
 */
async function copyRows(
  wasm: SqlEngine,
  source: string,
  select: string,
  native: DuckDBConnection,
  target: string,
): Promise<number> {
  const columns = await columnTypes(wasm, source);
  const kept = columns.filter(([name]) => name !== 'dataset' || source !== PERIODS_TABLE);
  const list = kept.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ');
  await native.run(`CREATE TABLE out.${quoteIdent(target)} (${list})`);
  const rows = await wasm.query(select);
  const appender = await native.createAppender(target, 'main', 'out');
  for (const row of rows) {
    for (const [name, type] of kept) appendCell(appender, type, row[name]);
    appender.endRow();
  }
  appender.closeSync();
  return rows.length;
}

/**
 * Every default dataset of `dataDir`'s manifest, read from its CSV by the app's own loader on DuckDB-WASM (as the
 * browser did on every visit) and written as the typed form the app attaches instead: `<id>.duckdb` (the tidy
 * table and its periods, in DuckDB's compressed columnar format) and `<id>.description.json` (what the loader
 * worked out: periods, areas, filters, indicators and their roles), so nothing is parsed or profiled in the browser.
 */
export async function writeTypedDefaults(dataDir: string): Promise<{ file: string; bytes: number }[]> {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const wasm = await createNodeEngine();
  const instance = await DuckDBInstance.create(':memory:');
  const native = await instance.connect();
  const written: { file: string; bytes: number }[] = [];
  try {
    for (const entry of manifest.datasets) {
      const data = new Uint8Array(readFileSync(join(dataDir, entry.file)));
      const meta = entry.meta ? parseMetaCsv(readFileSync(join(dataDir, entry.meta), 'utf8')).columns : [];
      const loaded = await loadDataset(wasm, {
        id: entry.id,
        fileName: entry.file,
        data,
        origin: 'default',
        title: entry.title,
        source: entry.source,
        meta,
        grain: entry.grain,
      });
      const description: DefaultDescription = {
        fingerprint: await fileFingerprint(data),
        dataset: describedDataset(loaded),
      };
      const typedPath = join(dataDir, entry.typedFile);
      rmSync(typedPath, { force: true });
      await native.run(`ATTACH ${quoteLiteral(typedPath)} AS out (${ATTACH_OPTIONS})`);
      try {
        const tidy = `tidy_${entry.id}`;
        // In the order the loader stored them: the CSV's, by time, then area, then phase.
        await copyRows(wasm, tidy, `SELECT * FROM ${quoteIdent(tidy)}`, native, TYPED_ROWS);
        await copyRows(
          wasm,
          PERIODS_TABLE,
          `SELECT * EXCLUDE (dataset) FROM ${PERIODS_TABLE} WHERE dataset = ${quoteLiteral(entry.id)} ORDER BY ALL`,
          native,
          TYPED_PERIODS,
        );
      } finally {
        await native.run('DETACH out');
      }
      writeFileSync(join(dataDir, entry.descriptionFile), `${JSON.stringify(description)}\n`);
      await dropDataset(wasm, entry.id);
      written.push({ file: entry.typedFile, bytes: readFileSync(typedPath).length });
    }
  } finally {
    native.closeSync();
    instance.closeSync();
  }
  return written;
}
