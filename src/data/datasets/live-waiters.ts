import type { Dataset } from '../catalogue';

/** Promises that a dataset is in the engine, kept by id until the store settles them (loaded, or given up). */
export function createLiveWaiters() {
  const waiters = new Map<string, (() => void)[]>();
  return {
    wait(id: string): Promise<void> {
      return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    },
    settle(id: string): void {
      for (const resolve of waiters.get(id) ?? []) resolve();
      waiters.delete(id);
    },
  };
}

/**
 * What a view's query waits for: the datasets listed before the engine holds them (the first view's, and every one
 * while the engine restarts). A load that does not finish gives its dataset up: a listed stand-in goes and its
 * waiters are answered, so views say what is missing instead of waiting for ever.
 */
export function createDatasetWaits(options: {
  datasets: () => readonly Dataset[];
  /** Asks for the dataset's load (a default's); its end settles or gives up the dataset. */
  request: (id: string) => void;
  /** Takes a listed dataset off the list. */
  drop: (id: string) => void;
}) {
  const waiters = createLiveWaiters();
  const waiting = () => options.datasets().filter((d) => !d.live);
  function giveUp(id: string): void {
    if (options.datasets().some((d) => d.id === id && !d.live)) options.drop(id);
    waiters.settle(id);
  }
  return {
    waiting,
    settle: waiters.settle,
    giveUp,
    /** The engine could not be started again: nothing listed will come. */
    giveUpAll: () => waiting().forEach((d) => giveUp(d.id)),
    /** Resolves once the engine holds this dataset (at once when it already does, or it is not listed). */
    whenLive(id: string): Promise<void> {
      const dataset = options.datasets().find((d) => d.id === id);
      if (!dataset || dataset.live) return Promise.resolve();
      options.request(id);
      return waiters.wait(id);
    },
  };
}
