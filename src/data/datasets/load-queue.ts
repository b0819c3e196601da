export interface LoadJob {
  key: string;
  fileName: string;
  /** The file's size, or 0 where the load is not read in pieces (a default attached whole). */
  bytes: number;
  /** Bytes of the file read into the engine so far (the load reads it in pieces). */
  bytesRead: number;
  startedAt: number;
  origin: 'default' | 'user';
}

/** The only changes to the list of loads waiting or running. */
export type JobAction =
  | { type: 'queued'; job: LoadJob }
  | { type: 'progress'; key: string; bytesRead: number }
  | { type: 'finished'; key: string };

export function jobsReducer(jobs: readonly LoadJob[], action: JobAction): LoadJob[] {
  switch (action.type) {
    case 'queued':
      return [...jobs.filter((j) => j.key !== action.job.key), action.job];
    case 'progress':
      return jobs.map((j) => (j.key === action.key ? { ...j, bytesRead: action.bytesRead } : j));
    case 'finished':
      return jobs.filter((j) => j.key !== action.key);
  }
}

/** How a load ended: with its value, by the user's Cancel, or with an error (the file's own, or a fault). */
export type Settled<T> =
  { kind: 'done'; value: T } | { kind: 'cancelled' } | { kind: 'failed'; error: unknown };

interface LoadQueueOptions {
  /** Waited for before each task starts (a restart of the engine in progress). */
  gate: () => Promise<void>;
  /** Hears every change to the list of jobs, as the reducer takes it. */
  dispatch: (action: JobAction) => void;
}

/**
 * Loads one after another, in the order asked for: DuckDB has one connection for loads, the first view's data must
 * come first, and a removal must never drop tables a load still uses. A load can be cancelled while it waits or
 * while it runs (its task sees the signal).
 */
export function createLoadQueue({ gate, dispatch }: LoadQueueOptions) {
  let tail: Promise<unknown> = Promise.resolve();
  const controllers = new Map<string, AbortController>();

  /** Runs `task` after everything queued before it. */
  function after<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(async () => {
      await gate();
      return task();
    });
    tail = run.catch(() => undefined);
    return run;
  }

  return {
    after,

    /** Queues a load, listed as `job` while it waits and runs; `task` hears Cancel and reports bytes read. */
    load<T>(
      job: Omit<LoadJob, 'bytesRead' | 'startedAt'>,
      task: (signal: AbortSignal, onProgress: (bytesRead: number) => void) => Promise<T>,
    ): Promise<Settled<T>> {
      const controller = new AbortController();
      controllers.set(job.key, controller);
      const { signal } = controller;
      const onProgress = (bytesRead: number) => dispatch({ type: 'progress', key: job.key, bytesRead });
      const settled = after(async () => {
        signal.throwIfAborted();
        return task(signal, onProgress);
      })
        .then(
          (value): Settled<T> => ({ kind: 'done', value }),
          (error: unknown): Settled<T> =>
            signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error },
        )
        .finally(() => {
          controllers.delete(job.key);
          dispatch({ type: 'finished', key: job.key });
        });
      // Listed once the load is in the queue, so anything asked for on seeing the job waits behind it.
      dispatch({ type: 'queued', job: { ...job, bytesRead: 0, startedAt: performance.now() } });
      return settled;
    },

    /** Stops a load, whether it is waiting or running. */
    cancel(key: string): void {
      controllers.get(key)?.abort();
    },
  };
}

export type LoadQueue = ReturnType<typeof createLoadQueue>;
