import type { Dataset } from '../catalogue';
import { detachHosted } from '../hosted/attach-hosted';
import { dropDataset } from '../load/load-dataset';
import { expandZips } from '../load/unzip-files';
import { engineMessage } from '../query-error';
import type { Row, SqlValue } from '../sql-engine';
import { createDefaultLoads } from './default-loads';
import { datasetsReducer, type DatasetAction } from './dataset-list';
import { initialState, prebuiltDataset, type DatasetState, type DatasetStoreOptions } from './dataset-state';
import { EngineFault, isEngineFault } from './engine-fault';
import { createEngineRecovery, recoveryNotice, type RecoveryDone, type Recipe } from './engine-recovery';
import { prebuiltAnswers } from './first-view';
import { createDatasetWaits } from './live-waiters';
import { createLoadQueue, jobsReducer } from './load-queue';
import {
  notLoadedProblem,
  problemFrom,
  problemsReducer,
  type NotLoaded,
  type ProblemAction,
} from './load-problems';
import { pairMetaFiles } from './pair-meta-files';
import { refreshObservations } from './refresh-observations';
import { createStoreEngine } from './store-engine';
import { createUserFileLoads } from './user-file-loads';

export type { LoadJob } from './load-queue';
export type { DatasetState } from './dataset-state';

export type DatasetStore = ReturnType<typeof createDatasetStore>;

/**
 * The datasets of one page: what is loaded, problems, the `observations` view over all, and the engine views query
 * (load-queue, store-engine, engine-recovery, live-waiters, default-loads, user-file-loads, load-problems). Views
 * read it and say which datasets they need; they never load anything themselves.
 */
export function createDatasetStore(options: DatasetStoreOptions) {
  const { manifest, fetchFile } = options;
  const savedFiles = options.savedFiles ?? null;
  const prebuilt = prebuiltDataset(options.firstView);
  let state = initialState(prebuilt, savedFiles !== null);
  const listeners = new Set<() => void>();
  let problemCounter = 0;
  let started = false;
  const engines = createStoreEngine({
    source: options.engine,
    stallMs: options.stallMs ?? 5 * 60_000, // a call unanswered for five minutes is a stall
    onFault: (fault) => void recovery.recover(fault),
  });
  const recovery = createEngineRecovery({
    engines,
    restart: options.restartEngine,
    liveIds: () => live().map((d) => d.id),
    refreshObservations,
    onProblem: (recipe, error) =>
      reportProblem(recipe.fileName, problemFrom(recipe.key, recipe.fileName, error).message),
    onRestarting: () => {
      change({ type: 'restarting' });
      notice('The data engine stopped; restarting it and loading your data again…');
    },
    onRestarted: finishRecovery,
    onStopped: (message) => {
      notice(message);
      waits.giveUpAll();
    },
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
    addProblem: (problem) => problems({ type: 'found', problem }),
    enqueue,
    afterLoads: (task) => queue.after(() => task(engines.current().engine)),
    isLive: (dataset) => live().includes(dataset),
  });
  const defaults = createDefaultLoads({
    manifest,
    fetchFile,
    live: (id) => live().find((d) => d.id === id),
    load: (recipe) => enqueue(recipe, (notLoaded) => reportNotLoaded(recipe, notLoaded)),
    claim: files.claimDefault,
  });
  const waits = createDatasetWaits({
    datasets: () => state.datasets,
    request: (id) => void defaults.request(id),
    drop: (id) => change({ type: 'removed', id }),
  });
  const answer = prebuiltAnswers(options.firstView ?? null);
  const answerNow = (sql: string, params: readonly SqlValue[]): Row[] | undefined =>
    waits.waiting().length ? answer(sql, params) : undefined;

  function update(change: (current: DatasetState) => DatasetState): void {
    state = change(state);
    for (const listener of listeners) listener();
  }

  /** Every change to the list of datasets, through its reducer. */
  function change(action: DatasetAction): void {
    update((s) => ({ ...s, ...datasetsReducer(s, action) }));
  }

  function notice(engineNotice: string | null): void {
    update((s) => ({ ...s, engineNotice }));
  }

  function problems(action: ProblemAction): void {
    update((s) => ({ ...s, problems: problemsReducer(s.problems, action) }));
  }

  const live = () => state.datasets.filter((d) => d.live);

  function reportNotLoaded(recipe: Recipe, notLoaded: NotLoaded): void {
    const problem = notLoadedProblem(recipe, notLoaded);
    if (problem) problems({ type: 'found', problem });
  }

  function reportProblem(fileName: string, message: string): void {
    problems({ type: 'found', problem: { key: `p${++problemCounter}`, fileName, message } });
  }

  /** Loads a recipe after everything before it in the queue; `onNotLoaded` hears how a load that did not finish ended. */
  async function enqueue(recipe: Recipe, onNotLoaded: (outcome: NotLoaded) => void): Promise<Dataset | null> {
    problems({ type: 'retried', fileName: recipe.fileName });
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
      recovery.running(recipe);
      try {
        const { engine } = engines.current();
        const loaded = await recipe.run(engine, signal, onProgress);
        await refreshObservations(engine, [...live().filter((d) => d.id !== loaded.id), loaded]);
        performance.measure('lens:ingest', {
          start: started,
          detail: { file: recipe.fileName, bytes: recipe.bytes, rows: loaded.rows },
        });
        recovery.loaded(recipe);
        change({ type: 'loaded', dataset: loaded });
        waits.settle(loaded.id);
        return live().find((d) => d.id === loaded.id) ?? { ...loaded, revision: state.version, live: true };
      } finally {
        recovery.running(null);
      }
    });
    if (settled.kind === 'failed' && isEngineFault(settled.error)) {
      onNotLoaded({ kind: 'fault', error: settled.error });
      // A default file is given to the new engine with the rest; a user's file is left out.
      await recovery.recover(settled.error);
      return (recipe.origin === 'default' && live().find((d) => d.id === recipe.id)) || null;
    }
    if (settled.kind === 'done') return settled.value;
    onNotLoaded(settled);
    waits.giveUp(recipe.id);
    return null;
  }

  /** Every dataset back on the new engine, in its place; those left out are said, and a kept one stays kept. */
  function finishRecovery({ toLoad, reloaded, leftOut, brokeAgain }: RecoveryDone): void {
    const userFilesBack = toLoad.filter((r) => r.origin === 'user' && reloaded.has(r.id)).length;
    // A default or hosted set that broke the new engine too is named as well, and loaded afresh when next asked for.
    const missed = [...leftOut.filter((r) => r.origin === 'user'), ...brokeAgain].map((r) => r.fileName);
    change({ type: 'recovered', reloaded, prebuilt });
    notice(recoveryNotice(userFilesBack, missed));
    for (const recipe of [...toLoad, ...leftOut]) waits.settle(recipe.id);
    for (const recipe of toLoad) if (!reloaded.has(recipe.id)) defaults.forget(recipe.id);
    files.leftOut(leftOut, brokeAgain);
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
        await Promise.all(waits.waiting().map((d) => waits.whenLive(d.id)));
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

    /** A set hosted beside the app (src/data/hosted), attached by its recipe and then listed like a default. */
    loadHosted: (recipe: Recipe) => enqueue(recipe, (notLoaded) => reportNotLoaded(recipe, notLoaded)),

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

    /** Resolves once the engine holds this dataset (at once when it does, or it is not listed). */
    whenLive: waits.whenLive,

    /**
     * Adds a user's files (zips are opened first): each `.meta.csv` goes with the data file of the same name; every
     * file is checked on its own, so one bad file never stops the others. A file whose content is already loaded
     * is not loaded again, and a file whose name is already a title gets a title of its own.
     */
    async addFiles(picked: readonly File[]): Promise<(Dataset | null)[]> {
      const expanded = await expandZips(picked);
      expanded.problems.forEach((problem) => reportProblem(problem.fileName, problem.message));
      return files.add(
        pairMetaFiles(expanded.files),
        state.datasets.map((d) => d.title),
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
          await dropDataset(engine, id).then(() => detachHosted(engine, id));
          await refreshObservations(
            engine,
            live().filter((d) => d.id !== id),
          );
          defaults.forget(id);
          recovery.forget(id);
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
      problems({ type: 'dismissed', key });
    },

    /** The engine's worker reported that it broke: a new engine is started and every dataset loaded again. */
    engineFailed(reason: unknown): Promise<void> {
      engines
        .current()
        .guard.fail(reason instanceof EngineFault ? reason : new EngineFault(engineMessage(reason), reason));
      return recovery.ready();
    },

    dismissEngineNotice: () => notice(null),
  };
}
