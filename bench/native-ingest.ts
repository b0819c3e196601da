// Native DuckDB ingest of a CSV, as a ceiling for what DuckDB-WASM in the browser can reach.
import { stat } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';

export interface IngestResult {
  mbPerSecond: number;
  seconds: number;
  bytes: number;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Loads `path` into a fresh in-memory DuckDB table (all columns text) `runs` times; reports the median run. `threads`
 * caps DuckDB's threads (all the machine's by default), to set it beside the browser's one-threaded DuckDB-WASM.
 */
export async function nativeIngest(path: string, runs = 3, threads?: number): Promise<IngestResult> {
  const { size: bytes } = await stat(path);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A fresh instance each run, so no run reads pages another one left in DuckDB's buffers.
    const instance = await DuckDBInstance.create(
      ':memory:',
      threads ? { threads: String(threads) } : undefined,
    );
    const connection = await instance.connect();
    try {
      const started = performance.now();
      await connection.run('CREATE TABLE t AS SELECT * FROM read_csv($1, all_varchar = true)', [path]);
      times.push((performance.now() - started) / 1000);
      const counted = await connection.runAndReadAll('SELECT count(*) FROM t');
      if (Number(counted.getRows()[0]?.[0] ?? 0) === 0)
        throw new Error(`native ingest: no rows read from ${path}`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }
  const seconds = median(times);
  return { mbPerSecond: bytes / 1e6 / seconds, seconds, bytes };
}
