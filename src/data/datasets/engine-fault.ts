/**
 * The engine itself broke, as opposed to a query failing: the WebAssembly trapped (DuckDB-WASM then answers every
 * later query with the same trap), ran out of memory, or the worker died or stopped answering. Nothing but a new
 * engine helps; the store starts one and loads every dataset again.
 */
export class EngineFault extends Error {
  override readonly name = 'EngineFault';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

// A wasm trap's own words (V8 and SpiderMonkey), Emscripten's abort, and DuckDB's out-of-memory error, after which
// the worker's heap stays at its limit.
const FAULT_WORDS = [
  /memory access out of bounds/i,
  /out of memory/i,
  /\bunreachable\b/i,
  /table index is out of bounds/i,
  /null function or function signature mismatch/i,
  /integer overflow|integer divide by zero/i,
  /\bAborted\(/,
];

const messageOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : '';

/** Whether an error (or what caused it) says the engine broke, so that only a new engine helps. */
export function isEngineFault(error: unknown): boolean {
  for (let seen = error, depth = 0; seen !== undefined && seen !== null && depth < 5; depth++) {
    if (seen instanceof EngineFault) return true;
    const message = messageOf(seen);
    if (FAULT_WORDS.some((words) => words.test(message))) return true;
    seen = seen instanceof Error ? seen.cause : undefined;
  }
  return false;
}
