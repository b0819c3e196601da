import type { DatasetState, DatasetStore } from '../../../src/data/datasets/dataset-store';

/** Resolves once the store's state is `done`: at once if it is already, else at the change that makes it so. */
export function until(store: DatasetStore, done: (state: DatasetState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done(store.getState())) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}
