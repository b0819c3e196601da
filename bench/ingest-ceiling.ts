// `npm run bench -- --only=ceiling`: how fast a CSV can be read at all, by the engines the app can use, on one file.
// Issue 24 asks a user's first chart within 2× native DuckDB's plain read of the file. The browser's DuckDB-WASM
// runs on one thread; these figures set its own plain read (the same wasm, in Node's V8) beside native DuckDB's,
// with all threads and with one, so a gap is split into what WASM costs and what our load adds.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { generateLargeCsv } from '../scripts/generate-large-csv';
import { nativeIngest, type IngestResult } from './native-ingest';
import { median } from './stats';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const LARGE = path.resolve(import.meta.dirname, '../.tmp/large.csv');
const PLAIN_READ = 'CREATE TABLE t AS SELECT * FROM read_csv(?, all_varchar = true)';

/** DuckDB-WASM's plain read of `file` (every column as text), in a fresh engine each run; the median run. */
export async function wasmPlainIngest(file: string, runs = 3): Promise<IngestResult> {
  const bytes = statSync(file).size;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const db = await createDuckDB(
      {
        mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
        eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
      },
      new VoidLogger(),
      NODE_RUNTIME,
    );
    await db.instantiate();
    const connection = db.connect();
    try {
      const started = performance.now();
      const statement = connection.prepare(PLAIN_READ);
      statement.query(file);
      statement.close();
      times.push((performance.now() - started) / 1000);
      const counted = Number(connection.query('SELECT count(*) AS n FROM t').toArray()[0]?.n ?? 0);
      if (counted === 0) throw new Error(`wasm ingest: no rows read from ${file}`);
    } finally {
      connection.close();
      // Frees the engine's memory before the next run's engine starts.
      db.reset();
    }
  }
  const seconds = median(times);
  return { mbPerSecond: bytes / 1e6 / seconds, seconds, bytes };
}

export async function runCeilingBench(): Promise<void> {
  if (!existsSync(LARGE)) await generateLargeCsv({ rows: 1_000_000, out: LARGE });
  const native = await nativeIngest(LARGE, 3);
  const nativeOne = await nativeIngest(LARGE, 3, 1);
  const wasm = await wasmPlainIngest(LARGE, 3);
  const mb = (r: IngestResult) => `${r.mbPerSecond.toFixed(1)} MB/s (${r.seconds.toFixed(1)} s)`;
  console.log(`Native DuckDB, plain read, all threads: ${mb(native)}`);
  console.log(`Native DuckDB, plain read, one thread:  ${mb(nativeOne)}`);
  console.log(`DuckDB-WASM (eh, Node's V8), plain read: ${mb(wasm)}`);
  console.log(
    `DuckDB-WASM's plain read takes ${(wasm.seconds / native.seconds).toFixed(2)}× native's (target for the app's ` +
      `whole load to first chart: 2×), ${(wasm.seconds / nativeOne.seconds).toFixed(2)}× native on one thread`,
  );
  console.log(
    JSON.stringify({
      native_mb_s: Number(native.mbPerSecond.toFixed(1)),
      native_one_thread_mb_s: Number(nativeOne.mbPerSecond.toFixed(1)),
      wasm_plain_mb_s: Number(wasm.mbPerSecond.toFixed(1)),
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCeilingBench();
