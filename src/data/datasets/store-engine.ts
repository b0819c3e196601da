import type { Row, SqlEngine, SqlValue } from '../sql-engine';
import type { EngineFault } from './engine-fault';
import { guardEngine, type EngineGuard } from './engine-guard';

/** An engine, or how to start one on first use (the browser's is a chunk of its own, loaded when first needed). */
export type EngineSource = SqlEngine | (() => Promise<Required<SqlEngine>>);

/** One engine the store has started, watched by its own guard. */
export interface EngineInstance {
  guard: EngineGuard;
  /** The engine itself, started on the first call; called only through `guard`. */
  inner: () => Promise<SqlEngine>;
  /** The engine as loads use it: every call watched, nothing waited for. */
  engine: SqlEngine;
}

/** What a view's call waits for, and what may answer it before the engine can. */
export interface ViewGate {
  /** Resolves once the engine may be asked (no restart in progress, the datasets the call reads are in it). */
  ready: () => Promise<void>;
  /** An answer without the engine (the build's prebuilt figures), while the data are not in it yet. */
  early: (sql: string, params: readonly SqlValue[]) => Row[] | undefined;
  /** A query was answered: the engine works. */
  answered: () => void;
}

interface CallsOptions {
  /** The instance to call, once the call may go ahead. */
  pick: () => Promise<Pick<EngineInstance, 'guard' | 'inner'>>;
  gate?: Pick<ViewGate, 'early' | 'answered'>;
  copies: boolean;
}

/**
 * The one `SqlEngine` wrapper: every call is watched by its instance's guard (a fault fails it and starts a
 * recovery), after whatever the caller must wait for. Loads and views differ only in `pick`.
 */
function engineCalls({ pick, gate, copies }: CallsOptions): SqlEngine {
  async function call<T>(run: (engine: SqlEngine) => Promise<T>, stall?: 'no-stall'): Promise<T> {
    const { guard, inner } = await pick();
    return guard.watch(async () => run(await inner()), stall);
  }
  return {
    async query<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      const early = gate?.early(sql, params);
      if (early) return early as T[];
      const rows = await call((engine) => engine.query<T>(sql, params));
      gate?.answered();
      return rows;
    },
    queryStoppable: (sql, signal) => call((engine) => engine.queryStoppable(sql, signal)),
    // A download of millions of rows may outlast the stall limit while answering all along: no stall timer.
    streamStoppable: (sql, signal, onRows) =>
      call((engine) => engine.streamStoppable(sql, signal, onRows), 'no-stall'),
    registerFile: (name, data) => call((engine) => engine.registerFile(name, data)),
    dropFile: (name) => call((engine) => engine.dropFile(name)),
    registerFileUrl: (name, url) =>
      call(async (engine) => {
        if (!engine.registerFileUrl) throw new Error('This engine cannot read files by URL.');
        return engine.registerFileUrl(name, url);
      }),
    ...(copies && {
      copyFile: (name: string) =>
        call(async (engine) => {
          if (!engine.copyFile) throw new Error('This engine cannot copy its files.');
          return engine.copyFile(name);
        }),
    }),
  };
}

/**
 * The page's engine as the store holds it: the instance in use (started on first use), a new one after a fault
 * (`fresh`, used once recovery has loaded every dataset into it), and the engine views query through.
 */
export function createStoreEngine(options: {
  source: EngineSource;
  stallMs: number;
  onFault: (fault: EngineFault) => void;
}) {
  const { source, stallMs, onFault } = options;

  function instanceOf(start: () => Promise<SqlEngine>, copies: boolean): EngineInstance {
    const guard = guardEngine({ stallMs, onFault });
    let started: Promise<SqlEngine> | null = null;
    const inner = () => (started ??= start());
    return { guard, inner, engine: engineCalls({ pick: async () => ({ guard, inner }), copies }) };
  }

  let current =
    typeof source === 'function'
      ? instanceOf(source, true)
      : instanceOf(async () => source, source.copyFile !== undefined);

  return {
    current: (): EngineInstance => current,
    /** A new engine from `restart`, not yet in use. */
    async fresh(restart: () => Promise<SqlEngine>): Promise<EngineInstance> {
      const inner = await restart();
      return instanceOf(async () => inner, inner.copyFile !== undefined);
    },
    adopt(instance: EngineInstance): void {
      current = instance;
    },
    /** The engine views query: each call waits at `gate`, then goes to the instance in use then. */
    forViews(gate: ViewGate): SqlEngine {
      return engineCalls({
        pick: async () => {
          await gate.ready();
          return current;
        },
        gate,
        copies: false,
      });
    },
  };
}
export type StoreEngine = ReturnType<typeof createStoreEngine>;
