import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../src/data/catalogue';
import { createDatasetStore, type DatasetStore } from '../../src/data/datasets/dataset-store';
import type { Manifest } from '../../src/data/default-data';
import type { SqlEngine } from '../../src/data/sql-engine';
import { DATA_DIR, dataFile } from './dfe-files';
import { createNodeEngine } from './node-engine';

export const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The manifest with only the default datasets `ids`: a store that has fewer files to load at start-up. */
export const manifestWith = (ids: readonly string[]): Manifest => ({
  ...manifest,
  datasets: manifest.datasets.filter((d) => ids.includes(d.id)),
});

/** The store's `fetchFile`: the page fetches a default file by name; here it is read from data/. */
export const fetchDataFile = async (file: string): Promise<Uint8Array> => dataFile(file);

export interface DefaultDatasets {
  engine: SqlEngine;
  store: DatasetStore;
  datasets: Dataset[];
}

/** The app's default datasets from data/, loaded by the app's own dataset store into DuckDB-WASM in Node. */
export async function loadDefaultDatasets(ids: readonly string[]): Promise<DefaultDatasets> {
  const engine = await createNodeEngine();
  const store = createDatasetStore({ engine, manifest, fetchFile: fetchDataFile });
  const loaded = await store.need(ids);
  const datasets = loaded.map((dataset, index) => {
    if (!dataset) throw new Error(`default dataset ${ids[index]} did not load`);
    return dataset;
  });
  return { engine, store, datasets };
}

/** One client per test, as TanStack Query's own tests do: nothing cached from another test, no retries. */
export const freshClient = (): QueryClient =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } });
