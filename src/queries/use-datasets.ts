import { useEffect, useSyncExternalStore } from 'react';
import type { Dataset } from '../data/catalogue';
import { browserDatasets } from '../data/datasets/browser-datasets';
import type { DatasetState } from '../data/datasets/dataset-store';

/**
 * The page's datasets, for reading. `need` names the default datasets this view cannot do without ('all' for views
 * that read every table); the store loads them in its own order.
 */
export function useDatasets(need?: string | readonly string[] | 'all' | null): DatasetState {
  useNeededDatasets(need);
  return useSyncExternalStore(browserDatasets.subscribe, browserDatasets.getState);
}

/** Says which default datasets a view needs, once it knows (after reading the store). */
export function useNeededDatasets(need?: string | readonly string[] | 'all' | null): void {
  const wanted = need === 'all' ? 'all' : typeof need === 'string' ? [need] : (need ?? []);
  const key = wanted === 'all' ? 'all' : wanted.join('\n');
  useEffect(() => {
    if (wanted === 'all' || wanted.length) void browserDatasets.need(wanted);
    // The key stands for the list, whose identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** Which load of a dataset a cached query read (0 before it is loaded). */
export const revisionOf = (datasets: readonly Dataset[], id: string | null | undefined): number =>
  datasets.find((d) => d.id === id)?.revision ?? 0;
