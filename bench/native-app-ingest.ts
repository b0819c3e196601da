// The app's own load (the same SQL: profile sample, typed one-pass read, periods, filters, areas) run by native
// DuckDB on the same file: set beside the browser figure, it separates what WASM costs from what our SQL costs.
import { readFileSync, statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { STORAGE_STATEMENTS } from '../src/data/engine-storage';
import { loadDataset } from '../src/data/load/load-dataset';
import type { Row, SqlEngine } from '../src/data/sql-engine';
import { quoteLiteral } from '../src/data/sql/quote';
import type { IngestResult } from './native-ingest';

/** The app's SqlEngine over a native connection; a registered file is the file on disk under its registered name. */
function nativeEngine(connection: DuckDBConnection, diskPath: string): SqlEngine {
  const names = new Set<string>();
  return {
    async query<T extends Row>(sql: string, params: readonly (string | number | boolean | null)[] = []) {
      let text = sql;
      for (const name of names) text = text.replaceAll(quoteLiteral(name), quoteLiteral(diskPath));
      const reader = await connection.runAndReadAll(text, params.length ? [...params] : undefined);
      return reader.getRowObjectsJS() as T[];
    },
    queryStoppable() {
      throw new Error('The load benchmark runs no console queries.');
    },
    streamStoppable() {
      throw new Error('The load benchmark runs no console queries.');
    },
    async registerFile(name) {
      names.add(name);
    },
    async dropFile(name) {
      names.delete(name);
    },
  };
}

/** Runs the app's load of `path` in a fresh native in-memory DuckDB `runs` times; reports the median run. */
export async function nativeAppIngest(path: string, runs = 3): Promise<IngestResult> {
  const bytes = statSync(path).size;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const statement of STORAGE_STATEMENTS) await connection.run(statement);
      const engine = nativeEngine(connection, path);
      // The whole file as one piece: the native engine reads it from its path (registerFile ignores the bytes).
      const data = new Uint8Array(readFileSync(path));
      const started = performance.now();
      const dataset = await loadDataset(engine, {
        id: 'bench',
        fileName: 'large.csv',
        data,
        origin: 'user',
        chunkBytes: Number.MAX_SAFE_INTEGER,
      });
      times.push((performance.now() - started) / 1000);
      if (dataset.rows === 0) throw new Error(`native app ingest: no rows read from ${path}`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }
  const seconds = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
  return { mbPerSecond: bytes / 1e6 / seconds, seconds, bytes };
}
