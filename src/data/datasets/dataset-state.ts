import type { Dataset } from '../catalogue';
import type { Manifest } from '../default-data';
import type { SavedFiles } from '../persist/saved-files';
import type { TypedForms } from '../persist/typed-forms';
import type { SqlEngine } from '../sql-engine';
import type { DatasetList } from './dataset-list';
import type { FirstView } from './first-view';
import type { LoadJob } from './load-queue';
import type { LoadProblem } from './load-problems';
import type { EngineSource } from './store-engine';
import type { StoredFile } from './stored-files';

/**
 * Loaded datasets, and the first view's dataset as the build described it until the engine has it (`live`), with
 * the list's revision (the SQL console's schema keys on it); loads waiting or running, and problems.
 */
export interface DatasetState extends DatasetList {
  jobs: LoadJob[];
  problems: LoadProblem[];
  /**
   * Files kept in this browser (null until listed), loaded or not: a link to one waits for it instead of calling it
   * missing, and one not loaded this time is offered to load again or remove.
   */
  savedFiles: readonly StoredFile[] | null;
  /** What happened to the engine, in one line, while it matters: it is being restarted, or it was. */
  engineNotice: string | null;
  /** Datasets whose removal was asked for and waits for the load in progress to stop, so the panel can say so. */
  removing: readonly string[];
}

export interface DatasetStoreOptions {
  /** The engine, or how to start it on first use. */
  engine: EngineSource;
  manifest: Manifest;
  fetchFile: (file: string) => Promise<Uint8Array>;
  firstView?: FirstView | null;
  /** Where added files are kept between visits; without it they last as long as the store. */
  savedFiles?: SavedFiles | null;
  /** Where each kept file's typed form is kept, so a reload restores it without parsing. */
  typedForms?: TypedForms | null;
  /** A new engine after a fault (the broken one is given up); without it a fault is only reported. */
  restartEngine?: () => Promise<SqlEngine>;
  /** How long a call may go unanswered before the engine counts as stopped (generous: loads take a while). */
  stallMs?: number;
}

/** The first view's dataset as the build described it, listed before the engine has it. */
export const prebuiltDataset = (firstView: FirstView | null | undefined): Dataset | null =>
  firstView ? { ...firstView.dataset, revision: 0, live: false, loadMs: 0 } : null;

export const initialState = (prebuilt: Dataset | null, keepsFiles: boolean): DatasetState => ({
  datasets: prebuilt ? [prebuilt] : [],
  jobs: [],
  problems: [],
  version: 0,
  // Kept files are not known until listed; without storage there are none.
  savedFiles: keepsFiles ? null : [],
  engineNotice: null,
  removing: [],
});
