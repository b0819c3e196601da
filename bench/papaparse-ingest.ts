// PapaParse streaming parse of a CSV from disk in Node: the JavaScript-only alternative to DuckDB's reader.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import Papa from 'papaparse';
import type { IngestResult } from './native-ingest';

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Parses the whole file once with header rows and no type guessing; resolves with the data rows seen. */
function parseOnce(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse<Record<string, string>>(createReadStream(path, { encoding: 'utf8' }), {
      header: true,
      dynamicTyping: false,
      skipEmptyLines: true,
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(rows),
      error: (error: Error) =>
        reject(new Error(`papaparse ingest: ${path}: ${error.message}`, { cause: error })),
    });
  });
}

/** Parses `path` `runs` times with PapaParse streaming from disk; reports the median run. */
export async function papaparseIngest(path: string, runs = 3): Promise<IngestResult> {
  const { size: bytes } = await stat(path);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const rows = await parseOnce(path);
    times.push((performance.now() - started) / 1000);
    if (rows === 0) throw new Error(`papaparse ingest: no rows read from ${path}`);
  }
  const seconds = median(times);
  return { mbPerSecond: bytes / 1e6 / seconds, seconds, bytes };
}
