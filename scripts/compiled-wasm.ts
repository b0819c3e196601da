import { readFile } from 'node:fs/promises';
import type { DuckDBRuntime } from '@duckdb/duckdb-wasm/blocking';

/**
 * DuckDB-WASM's Node bindings read and compile their 34 MB wasm file for every engine they start. Compiling is most
 * of an engine's start, and what it makes (a WebAssembly.Module) is code only: an instance made from it has memory,
 * tables and state of its own. So a process compiles each wasm file once, and every engine instantiates that module.
 */
const compiled = new Map<string, Promise<WebAssembly.Module>>();

/** The compiled module of the wasm file at `file`, compiled on the first call in this process. */
export function compiledWasm(file: string): Promise<WebAssembly.Module> {
  let module = compiled.get(file);
  if (!module) {
    module = readFile(file).then((bytes) => WebAssembly.compile(bytes));
    compiled.set(file, module);
    // A failed compile is not kept: the next engine reads and compiles the file again.
    module.catch(() => compiled.delete(file));
  }
  return module;
}

/** Emscripten's callback: takes the instance, returns its exports. */
type Success = (instance: WebAssembly.Instance, module: WebAssembly.Module) => unknown;

/**
 * The two protected members of DuckDB-WASM's Node bindings (DuckDBNodeBindings, src/bindings/bindings_node_base.ts)
 * this replaces: Emscripten asks `instantiateWasm` for the instance, given the imports it must be made with.
 */
interface NodeBindingsInternals {
  readonly mainModulePath: unknown;
  instantiateWasm: unknown;
}

/**
 * Makes `bindings` (from createDuckDB, before its `instantiate()`) instantiate the process's compiled module of its
 * wasm file instead of compiling it again; resolves once that module is compiled, or rejects with why not. Does what
 * the bindings' own `instantiateWasm` does besides: the wasm calls back into `runtime` through the DUCKDB_RUNTIME
 * global.
 */
export async function instantiateFromCompiledWasm(bindings: object, runtime: DuckDBRuntime): Promise<void> {
  const internals = bindings as NodeBindingsInternals;
  const file = internals.mainModulePath;
  if (typeof file !== 'string' || typeof internals.instantiateWasm !== 'function')
    throw new Error(
      'DuckDB-WASM bindings without mainModulePath and instantiateWasm: @duckdb/duckdb-wasm changed how it starts in Node',
    );
  const module = await compiledWasm(file);
  internals.instantiateWasm = (imports: WebAssembly.Imports, success: Success) => {
    const calls: Record<string, unknown> = {};
    for (const name of Object.getOwnPropertyNames(runtime))
      if (name !== 'constructor') calls[name] = Object.getOwnPropertyDescriptor(runtime, name)?.value;
    (globalThis as { DUCKDB_RUNTIME?: unknown }).DUCKDB_RUNTIME = calls;
    // The module is compiled, so the instance is made at once and its exports returned, which Emscripten allows (the
    // bindings' own answer, an instance later, is for compiling in the background); a failure rejects `instantiate()`.
    return success(new WebAssembly.Instance(module, imports), module);
  };
}
