import { useSyncExternalStore } from 'react';
import { datasetStore, type DatasetState } from './dataset-store';

export function useDatasets(): DatasetState {
  return useSyncExternalStore(datasetStore.subscribe, datasetStore.getState);
}
