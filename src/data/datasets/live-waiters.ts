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
