import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { compiledWasm, instantiateFromCompiledWasm } from '../../scripts/compiled-wasm';
// scripts/node-engine's own engines, each a new DuckDB: test/support's would lend DuckDBs earlier files started.
import { createNodeEngine } from '../../scripts/node-engine';

/** The smallest valid WebAssembly module: the magic number and version 1, no sections. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

afterEach(() => {
  vi.restoreAllMocks();
});

test('engines are made from one compiled module, never by compiling the wasm file’s bytes again', async () => {
  const compile = vi.spyOn(WebAssembly, 'compile');
  const instantiate = vi.spyOn(WebAssembly, 'instantiate');
  await createNodeEngine();
  await createNodeEngine();
  // At most once: a file run before this one in the same process may have compiled it already.
  expect(compile.mock.calls.length).toBeLessThanOrEqual(1);
  // DuckDB-WASM's own start compiles the file's bytes here, once per engine.
  expect(instantiate).not.toHaveBeenCalled();
}, 120_000);

test('each engine is a DuckDB of its own: a table made in one is not in the other', async () => {
  const [first, second] = [await createNodeEngine(), await createNodeEngine()];
  await first.query('CREATE TABLE kept AS SELECT 1 AS n');
  await second.query('CREATE TABLE kept AS SELECT 2 AS n');
  await first.query('INSERT INTO kept VALUES (10)');
  expect(await first.query('SELECT n FROM kept ORDER BY n')).toEqual([{ n: 1 }, { n: 10 }]);
  expect(await second.query('SELECT n FROM kept ORDER BY n')).toEqual([{ n: 2 }]);
}, 120_000);

test('a file is compiled once per process; a failed compile is tried again on the next call', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'compiled-wasm-'));
  try {
    const file = path.join(folder, 'module.wasm');
    writeFileSync(file, 'not wasm');
    await expect(compiledWasm(file)).rejects.toThrow(WebAssembly.CompileError);
    writeFileSync(file, EMPTY_MODULE);
    const module = await compiledWasm(file);
    expect(module).toBeInstanceOf(WebAssembly.Module);
    expect(await compiledWasm(file)).toBe(module);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('bindings that no longer have the members it replaces are refused, not silently compiled again', async () => {
  await expect(instantiateFromCompiledWasm({}, {} as never)).rejects.toThrow(/@duckdb\/duckdb-wasm changed/);
});
