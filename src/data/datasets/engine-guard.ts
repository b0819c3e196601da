import type { SqlEngine } from '../sql-engine';
import { EngineFault, isEngineFault } from './engine-fault';

export interface GuardedEngine {
  engine: SqlEngine;
  /** Declares this engine broken (its worker reported an error): every call waiting on it fails at once. */
  fail(reason: unknown): void;
}

/**
 * Watches one engine for faults: a call that fails with a fault, or that gets no answer within `stallMs` (the
 * worker died or hung), fails every waiting call with an {@link EngineFault} and tells `onFault` once. From then on
 * the engine is not used again; calls on it fail at once, so nothing is half-done on a broken engine.
 */
export function guardEngine(
  inner: SqlEngine,
  options: { stallMs: number; onFault: (fault: EngineFault) => void },
): GuardedEngine {
  let fault: EngineFault | null = null;
  let failAll: (fault: EngineFault) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    failAll = reject;
  });
  // Nobody may be waiting when the engine fails; the rejection is still handled.
  failed.catch(() => undefined);

  function fail(reason: unknown): void {
    if (fault) return;
    fault =
      reason instanceof EngineFault
        ? reason
        : new EngineFault(
            `The data engine stopped (${reason instanceof Error ? reason.message : String(reason)}).`,
            reason,
          );
    failAll(fault);
    options.onFault(fault);
  }

  async function watch<T>(call: () => Promise<T>): Promise<T> {
    if (fault) throw fault;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const stop = new EngineFault(
          `The data engine did not answer for ${Math.round(options.stallMs / 1000)} seconds.`,
        );
        fail(stop);
        reject(stop);
      }, options.stallMs);
    });
    try {
      return await Promise.race([call(), failed, stalled]);
    } catch (error) {
      if (isEngineFault(error)) fail(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  const copyFile = inner.copyFile?.bind(inner);
  const registerFileUrl = inner.registerFileUrl?.bind(inner);
  return {
    engine: {
      query: (sql, params) => watch(() => inner.query(sql, params)),
      queryStoppable: (sql, signal) => watch(() => inner.queryStoppable(sql, signal)),
      // A download of millions of rows may outlast the stall limit while answering all along: no stall timer.
      streamStoppable: async (sql, signal, onRows) => {
        if (fault) throw fault;
        return inner.streamStoppable(sql, signal, onRows);
      },
      registerFile: (name, data) => watch(() => inner.registerFile(name, data)),
      dropFile: (name) => watch(() => inner.dropFile(name)),
      ...(copyFile && { copyFile: (name: string) => watch(() => copyFile(name)) }),
      ...(registerFileUrl && {
        registerFileUrl: (name: string, url: string) => watch(() => registerFileUrl(name, url)),
      }),
    },
    fail,
  };
}
