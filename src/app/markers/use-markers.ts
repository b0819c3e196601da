import { useEffect, useSyncExternalStore } from 'react';
import { markerClient, type MarkerClient, type MarkerState } from './marker-store-client';

export type UseMarkers = MarkerState &
  Pick<MarkerClient, 'add' | 'update' | 'remove' | 'undo' | 'importBatch' | 'clearError'>;

/** The member's markers and the actions on them; the first component to ask reads them from IndexedDB. */
export function useMarkers(): UseMarkers {
  const state = useSyncExternalStore(markerClient.subscribe, markerClient.getState);
  useEffect(() => {
    void markerClient.load();
  }, []);
  const { add, update, remove, undo, importBatch, clearError } = markerClient;
  return { ...state, add, update, remove, undo, importBatch, clearError };
}
