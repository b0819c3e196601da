import type { Dataset, LoadedDataset } from '../catalogue';
import type { Manifest } from '../default-data';
import { dropDataset } from '../load/load-dataset';
import { checkFileSize } from '../load/file-size-limit';
import { expandZips } from '../load/unzip-files';
import type { SavedFiles } from '../persist/saved-files';
import type { TypedForms } from '../persist/typed-forms';
import type { Row, SqlEngine, SqlValue } from '../sql-engine';
import { observationsViewSql } from '../sql/observations-view';
import { EngineFault, isEngineFault } from './engine-fault';
import { engineMessage } from '../query-error';
import { createDefaultLoads } from './default-loads';
import { datasetsReducer, type DatasetAction, type DatasetList } from './dataset-list';
import { createEngineRecovery, recoveryNotice, type RecoveryDone, type Recipe } from './engine-recovery';
import { prebuiltAnswers, type FirstView } from './first-view';
import { createLoadQueue, jobsReducer, type LoadJob } from './load-queue';
import { notLoadedProblem, problemFrom, type LoadProblem, type NotLoaded } from './load-problems';
import { pairMetaFiles } from './pair-meta-files';
import { createStoreEngine, type EngineSource } from './store-engine';
import type { StoredFile } from './stored-files';
import { createUserFileLoads } from './user-file-loads';

export type { LoadJob } from './load-queue';
export type { LoadProblem } from './load-problems';

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

export type DatasetStore = ReturnType<typeof createDatasetStore>;

const DEFAULT_STALL_MS = 5 * 60_000;

/**
 * The datasets of one page: what is loaded with its revision, problems, the `observations` view over all, and the
 * engine views query. Its parts: the load queue (load-queue.ts), the engine and its recovery after a fault
 * (store-engine.ts, engine-recovery.ts), and the files kept for the next visit (kept-files.ts, typed-keeping.ts,
 * user-files.ts). Views read it and say which datasets they need; they never load anything themselves.
 */
export function createDatasetStore(options: DatasetStoreOptions) {
  const { manifest, fetchFile } = options;
  const savedFiles = options.savedFiles ?? null;
  const prebuilt: Dataset | null = options.firstView
    ? { ...options.firstView.dataset, revision: 0, live: false, loadMs: 0 }
    : null;
  let state: DatasetState = {
    datasets: prebuilt ? [prebuilt] : [],
    jobs: [],
    problems: [],
    version: 0,
    savedFiles: savedFiles ? null : [],
    engineNotice: null,
    removing: [],
  };
  const listeners = new Set<() => void>();
  const liveWaiters = new Map<string, (() => void)[]>();
  let problemCounter = 0;
  /** How each loaded dataset was loaded, to load it again on a new engine. */
  const recipes = new Map<string, Recipe>();
  let running: Recipe | null = null;
  let started = false;
  const engines = createStoreEngine({
    source: options.engine,
    stallMs: options.stallMs ?? DEFAULT_STALL_MS,
    onFault: (fault) => void recovery.recover(fault),
  });
  const recovery = createEngineRecovery({
    engines,
    restart: options.restartEngine,
    toLoad: () => [
      ...live().flatMap((d) => recipes.get(d.id) ?? []),
      // A default load the fault interrupted comes after those loaded before it.
      ...(running?.origin === 'default' && !recipes.has(running.id) ? [running] : []),
    ],
    refreshObservations,
    onProblem: (recipe, error) =>
      reportProblem(recipe.fileName, problemFrom(recipe.key, recipe.fileName, error).message),
    onRestarting: () => {
      change({ type: 'restarting' });
      update((s) => ({
        ...s,
        engineNotice: 'The data engine stopped; restarting it and loading your data again…',
      }));
    },
    onRestarted: finishRecovery,
    onStopped: (notice) => update((s) => ({ ...s, engineNotice: notice })),
  });
  const queue = createLoadQueue({
    gate: recovery.ready,
    dispatch: (action) => update((s) => ({ ...s, jobs: jobsReducer(s.jobs, action) })),
  });
  const files = createUserFileLoads({
    savedFiles,
    typedForms: options.typedForms ?? null,
    fetchFile,
    readKept: () => state.savedFiles,
    writeKept: (savedFiles) => update((s) => ({ ...s, savedFiles })),
    reportProblem,
    addProblem: (problem) => update((s) => ({ ...s, problems: [...s.problems, problem] })),
    enqueue: async (recipe, onNotLoaded) => {
      const outcome = await enqueue(recipe, onNotLoaded);
      return outcome.kind === 'done' ? outcome.value : null;
    },
    afterLoads: (task) => queue.after(() => task(engines.current().engine)),
    isLive: (dataset) => live().includes(dataset),
  });
  const defaults = createDefaultLoads({
    manifest,
    fetchFile,
    live: (id) => live().find((d) => d.id === id),
    load: async (recipe) => {
      const outcome = await enqueue(recipe, (notLoaded) => {
        const problem = notLoadedProblem(recipe, notLoaded);
        if (problem) update((s) => ({ ...s, problems: [...s.problems, problem] }));
      });
      return outcome.kind === 'done' ? outcome.value : null;
    },
    claim: files.claimDefault,
  });
  const answer = prebuiltAnswers(options.firstView ?? null);
  /** Datasets listed before the engine holds them: the first view's, and every one while the engine restarts. */
  const waiting = () => state.datasets.filter((d) => !d.live);
  const answerNow = (sql: string, params: readonly SqlValue[]): Row[] | undefined =>
    waiting().length ? answer(sql, params) : undefined;

  function update(change: (current: DatasetState) => DatasetState): void {
    state = change(state);
    for (const listener of listeners) listener();
  }

  /** Every change to the list of datasets, through its reducer. */
  function change(action: DatasetAction): void {
    update((s) => ({ ...s, ...datasetsReducer(s, action) }));
  }

  const live = () => state.datasets.filter((d) => d.live);

  async function refreshObservations(engine: SqlEngine, datasets: readonly LoadedDataset[]): Promise<void> {
    await engine.query(
      observationsViewSql(
        datasets.map((d) => ({
          id: d.id,
          view: d.view,
          filterColumns: d.filters.map((f) => f.column),
          indicatorColumns: d.indicators.map((i) => i.column),
        })),
      ),
    );
  }

  function settleWaiters(id: string): void {
    for (const resolve of liveWaiters.get(id) ?? []) resolve();
    liveWaiters.delete(id);
  }

  function whenLive(id: string): Promise<void> {
    const dataset = state.datasets.find((d) => d.id === id);
    if (!dataset || dataset.live) return Promise.resolve();
    void defaults.request(id);
    return new Promise((resolve) => liveWaiters.set(id, [...(liveWaiters.get(id) ?? []), resolve]));
  }

  function reportProblem(fileName: string, message: string): void {
    const problem: LoadProblem = { key: `p${++problemCounter}`, fileName, message };
    update((s) => ({ ...s, problems: [...s.problems, problem] }));
  }

  /** Loads a recipe after everything before it in the queue; `onNotLoaded` hears how a load that did not finish ended. */
  async function enqueue(
    recipe: Recipe,
    onNotLoaded: (outcome: NotLoaded) => void,
  ): Promise<{ kind: 'done'; value: Dataset } | NotLoaded> {
    update((s) => ({ ...s, problems: s.problems.filter((p) => p.fileName !== recipe.fileName) }));
    const job = {
      key: recipe.key,
      fileName: recipe.fileName,
      // A default dataset is attached whole from its typed file, not read in pieces: there are no bytes to count.
      bytes: recipe.origin === 'default' ? 0 : recipe.bytes,
      origin: recipe.origin,
    };
    const settled = await queue.load(job, async (signal, onProgress) => {
      // A default file the engine was given again while this waited (a restart) is not loaded twice.
      const already = recipe.origin === 'default' && live().find((d) => d.id === recipe.id);
      if (already) return already;
      const started = performance.now();
      running = recipe;
      try {
        const { engine } = engines.current();
        const loaded = await recipe.run(engine, signal, onProgress);
        await refreshObservations(engine, [...live().filter((d) => d.id !== loaded.id), loaded]);
        performance.measure('lens:ingest', {
          start: started,
          detail: { file: recipe.fileName, bytes: recipe.bytes, rows: loaded.rows },
        });
        recipes.set(loaded.id, recipe);
        change({ type: 'loaded', dataset: loaded });
        settleWaiters(loaded.id);
        return live().find((d) => d.id === loaded.id) ?? { ...loaded, revision: state.version, live: true };
      } finally {
        running = null;
      }
    });
    if (settled.kind === 'failed' && isEngineFault(settled.error)) {
      onNotLoaded({ kind: 'fault', error: settled.error });
      // A default file is given to the new engine with the rest; a user's file is left out.
      await recovery.recover(settled.error);
      const again = recipe.origin === 'default' && live().find((d) => d.id === recipe.id);
      return again ? { kind: 'done', value: again } : { kind: 'fault', error: settled.error };
    }
    if (settled.kind !== 'done') onNotLoaded(settled);
    return settled;
  }

  /** Every dataset back on the new engine, in its place; those left out are said, and a kept one stays kept. */
  function finishRecovery({ toLoad, reloaded, leftOut, brokeAgain }: RecoveryDone): void {
    for (const recipe of recipes.values()) if (!reloaded.has(recipe.id)) recipes.delete(recipe.id);
    const userFilesBack = toLoad.filter((r) => r.origin === 'user' && reloaded.has(r.id)).length;
    const missed = [...leftOut, ...brokeAgain].filter((r) => r.origin === 'user').map((r) => r.fileName);
    change({ type: 'recovered', reloaded, prebuilt });
    update((s) => ({ ...s, engineNotice: recoveryNotice(userFilesBack, missed) }));
    for (const recipe of [...toLoad, ...leftOut]) settleWaiters(recipe.id);
    for (const recipe of toLoad) if (reloaded.has(recipe.id)) recipes.set(recipe.id, recipe);
    // A kept file left out stays kept: listed as not loaded, with a fault counted where its own load broke the
    // new engine.
    const again = { kind: 'fault', detail: 'again, on the engine restarted after an earlier stop' } as const;
    for (const [recipe, reason] of [
      ...leftOut.map((r) => [r, { kind: 'left-out' }] as const),
      ...brokeAgain.map((r) => [r, again] as const),
    ])
      if (recipe.origin === 'user') files.leftOut(recipe.id, reason);
      else files.release(recipe.id);
  }

  return {
    /**
     * The engine views query, as it is now (after a fault, the new one once every dataset is loaded on it again).
     * A call waits for the datasets listed before the engine holds them; while the first view's does, the build's
     * prebuilt figures answer a query they hold.
     */
    engine: engines.forViews({
      ready: async () => {
        await recovery.ready();
        await Promise.all(waiting().map((d) => whenLive(d.id)));
      },
      early: (sql, params) => answerNow(sql, params),
      answered: recovery.answered,
    }),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: (): DatasetState => state,

    /** The first view's prebuilt answer to a statement, at once, while the engine does not hold its dataset yet. */
    answerNow,

    /**
     * Start-up: every start-up default, the first view's first (each is attached from its typed file in
     * milliseconds, so none delays a redraw), then the files kept from earlier visits.
     */
    start(): void {
      // Once per store, however often the app's start-up effect runs: kept files must not be loaded twice.
      if (started) return;
      started = true;
      void defaults.requestStartup();
      void files.restore(defaults.requestFirst());
    },

    /** A view needs these default datasets now ('all': every start-up file, for views that read every table). */
    need(ids: readonly string[] | 'all'): Promise<(Dataset | null)[]> {
      if (ids === 'all') {
        void defaults.requestStartup();
        return Promise.all(
          manifest.datasets.filter((d) => d.load !== 'on-demand').map((d) => defaults.request(d.id)),
        );
      }
      return Promise.all(ids.map(defaults.request));
    },

    /** Resolves once the engine holds this dataset (at once when it already does, or no load of it is known). */
    whenLive,

    /**
     * Adds a user's files (zips are opened first): each `.meta.csv` goes with the data file of the same name; every
     * file is checked on its own, so one bad file never stops the others. A file whose content is already loaded
     * is not loaded again, and a file whose name is already a title gets a title of its own.
     */
    async addFiles(picked: readonly File[]): Promise<(Dataset | null)[]> {
      const expanded = await expandZips(picked);
      expanded.problems.forEach((problem) => reportProblem(problem.fileName, problem.message));
      const dataFiles = pairMetaFiles(expanded.files);
      const fitting = dataFiles.filter(({ file }) => {
        const tooBig = checkFileSize(file.name, file.size);
        if (tooBig) reportProblem(tooBig.fileName, tooBig.message);
        return !tooBig;
      });
      const { fresh, duplicates } = await files.prepare(
        fitting.map((d) => d.file),
        state.datasets.map((d) => d.title),
      );
      duplicates.forEach((duplicate) => reportProblem(duplicate.fileName, duplicate.message));
      return Promise.all(
        dataFiles.map(async ({ file, meta }) => {
          const prepared = fresh.find((f) => f.file === file);
          return prepared ? files.loadAdded(prepared, meta ? await meta.text() : null) : null;
        }),
      );
    },

    /**
     * Unloads a dataset after any load in progress, so a load never refers to tables removed under it; a user's
     * file is also deleted from this browser's storage, so it does not come back on the next visit.
     */
    remove(id: string): Promise<void> {
      update((s) => ({ ...s, removing: [...s.removing, id] }));
      return queue
        .after(async () => {
          const { engine } = engines.current();
          await dropDataset(engine, id);
          await refreshObservations(
            engine,
            live().filter((d) => d.id !== id),
          );
          defaults.forget(id);
          recipes.delete(id);
          await files.forget(id, state.datasets.find((d) => d.id === id)?.fileName ?? id);
          change({ type: 'removed', id });
        })
        .finally(() => update((s) => ({ ...s, removing: s.removing.filter((waiting) => waiting !== id) })));
    },

    /**
     * Loads a kept file that was not loaded this time (a fault, a Cancel, or held back at start-up), on the user's
     * word; a file no longer in storage is taken off the list, and the user told.
     */
    loadAgain: files.loadAgain,

    /**
     * Stops a load, whether it is waiting or running; nothing of it is loaded and earlier data stay as they were. A
     * kept file stays kept.
     */
    cancel: queue.cancel,

    dismissProblem(key: string): void {
      update((s) => ({ ...s, problems: s.problems.filter((p) => p.key !== key) }));
    },

    /** The engine's worker reported that it broke: a new engine is started and every dataset loaded again. */
    engineFailed(reason: unknown): Promise<void> {
      engines
        .current()
        .guard.fail(reason instanceof EngineFault ? reason : new EngineFault(engineMessage(reason), reason));
      return recovery.ready();
    },

    dismissEngineNotice(): void {
      update((s) => ({ ...s, engineNotice: null }));
    },
  };
}
