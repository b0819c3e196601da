import { fetchDefaultFile, manifest } from '../default-data';
import { onWorkerFailure, restartBrowserEngine, startBrowserEngine } from '../lazy-engine';
import { indexedDbSavedFiles } from '../persist/saved-files';
import { indexedDbTypedForms } from '../persist/typed-forms';
import { createDatasetStore } from './dataset-store';
import type { FirstView } from './first-view';

// Bundled with the script (a few kilobytes), so the first chart needs neither DuckDB nor a fetch.
const firstViews = import.meta.glob<FirstView>('../../../data/first-view.json', {
  import: 'default',
  eager: true,
});
const firstView: FirstView | null = Object.values(firstViews)[0] ?? null;

/**
 * The page's datasets, loaded into the page's one DuckDB-WASM worker; added files kept in IndexedDB, each with its
 * typed form so a reload restores it without parsing. After a fault
 * the worker is terminated and a new one started, and the store loads every dataset into it again.
 */
export const browserDatasets = createDatasetStore({
  engine: startBrowserEngine,
  manifest,
  fetchFile: fetchDefaultFile,
  firstView,
  savedFiles: typeof indexedDB === 'undefined' ? null : indexedDbSavedFiles(),
  typedForms: typeof indexedDB === 'undefined' ? null : indexedDbTypedForms(),
  restartEngine: restartBrowserEngine,
});

onWorkerFailure((error) => void browserDatasets.engineFailed(error));

/** What every view's query runs on: waits for (or, for the first chart, answers before) the data it reads. */
export const viewEngine = browserDatasets.engine;

/** The first view's prebuilt answer to a statement, at once, while the engine does not hold its dataset yet. */
export const answerNow = browserDatasets.answerNow;
