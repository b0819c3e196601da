import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { duckdbWorkerSource } from '../../src/data/duckdb-worker';

/** Runs the worker's source against a stand-in worker scope: what it imports, and what it could see then. */
function runWorkerSource(scriptUrl: string) {
  const imported: { url: string; sawTransformStream: boolean }[] = [];
  const scope: Record<string, unknown> = {
    TransformStream: function TransformStream() {},
    called: [] as string[],
  };
  scope.self = scope;
  scope.importScripts = (url: string) =>
    imported.push({ url, sawTransformStream: 'TransformStream' in scope });
  runInNewContext(duckdbWorkerSource(scriptUrl), scope);
  return { imported, scope };
}

test("DuckDB's script runs with TransformStream gone, so it streams fetch() straight into the compiler", () => {
  const url = 'https://lens.example/assets/duckdb-browser-eh.worker-hQa.js';
  const { imported } = runWorkerSource(url);
  expect(imported).toEqual([{ url, sawTransformStream: false }]);
});

test('a script URL is passed as a string, never run as code', () => {
  const url = 'https://lens.example/assets/x.js");called.push("injected");("';
  const { imported, scope } = runWorkerSource(url);
  expect(imported.map((i) => i.url)).toEqual([url]);
  expect(scope.called).toEqual([]);
});
