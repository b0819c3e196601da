import { EngineFault, isEngineFault } from './engine-fault';

export interface EngineGuard {
  /** Runs one call on the engine it guards, failing it with an {@link EngineFault} if the engine breaks meanwhile. */
  watch<T>(call: () => Promise<T>, stall?: 'stall' | 'no-stall'): Promise<T>;
  /** Declares this engine broken (its worker reported an error): every call waiting on it fails at once. */
  fail(reason: unknown): void;
}

/**
 * Watches one engine for faults: a call that fails with a fault, or that gets no answer within `stallMs` (the
 * worker died or hung), fails every waiting call with an {@link EngineFault} and tells `onFault` once. From then on
 * the engine is not used again; calls on it fail at once, so nothing is half-done on a broken engine.
 */
export function guardEngine(options: {
  stallMs: number;
  onFault: (fault: EngineFault) => void;
}): EngineGuard {
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

  async function watch<T>(call: () => Promise<T>, stall: 'stall' | 'no-stall' = 'stall'): Promise<T> {
    if (fault) throw fault;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      if (stall === 'no-stall') return;
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

  return { watch, fail };
}
