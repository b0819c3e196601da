import type { Dataset, LoadedDataset } from '../catalogue';
import type { DefaultDatasetEntry, Manifest } from '../default-data';
import type { DefaultDescription } from '../default-description';
import { attachDefault } from '../load/attach-default';
import { dropDataset } from '../load/load-dataset';
import { cancelledLoad, LoadError } from '../load/load-error';
import { checkFileSize } from '../load/file-size-limit';
import { TYPED_TEMPLATE_FILE } from '../load/typed-file';
import { expandZips } from '../load/unzip-files';
import type { ListedFile, SavedFile, SavedFiles } from '../persist/saved-files';
import type { TypedForms } from '../persist/typed-forms';
import { engineMessage } from '../query-error';
import type { Row, SqlEngine, SqlValue } from '../sql-engine';
import { observationsViewSql } from '../sql/observations-view';
import { EngineFault, isEngineFault } from './engine-fault';
import { guardEngine, type GuardedEngine } from './engine-guard';
import { rebuildEngine, recoveryNotice, type Rebuilt, type Recipe } from './engine-recovery';
import type { FirstView } from './first-view';
import { createKeptFiles } from './kept-files';
import { faultDetail } from './not-loaded-words';
import { loadsAtStart, type NotLoadedReason, type StoredFile } from './stored-files';
import { createTypedKeeping } from './typed-keeping';
import { userFileRecipe } from './user-file-recipe';
import { createUserFiles } from './user-files';

export interface LoadJob {
  key: string;
  fileName: string;
  /** The file's size, or 0 where the load is not read in pieces (a default attached whole). */
  bytes: number;
  /** Bytes of the file read into the engine so far (the load reads it in pieces). */
  bytesRead: number;
  startedAt: number;
  origin: 'default' | 'user';
}

export interface LoadProblem {
  key: string;
  fileName: string;
  message: string;
  line?: number;
  column?: string;
}

export interface DatasetState {
  /** Loaded datasets, and the first view's dataset as the build described it until the engine has it (`live`). */
  datasets: Dataset[];
  jobs: LoadJob[];
  problems: LoadProblem[];
  /** Bumped whenever the set of loaded tables changes (the SQL console's schema keys on it). */
  version: number;
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
  engine: SqlEngine;
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

/** How a load ended: a fault is told apart from the file's own problem and from a Cancel. */
type LoadOutcome =
  | { kind: 'loaded'; dataset: Dataset }
  | { kind: 'cancelled' }
  | { kind: 'fault'; error: unknown }
  | { kind: 'failed'; error: unknown };
type NotLoaded = Exclude<LoadOutcome, { kind: 'loaded' }>;

function problemFrom(key: string, fileName: string, error: unknown): LoadProblem {
  if (error instanceof LoadError)
    return {
      key,
      fileName: error.fileName,
      message: error.message,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    };
  return { key, fileName, message: `${fileName}: ${engineMessage(error)} Try again, or reload the page.` };
}

const isMeta = (file: File) => /\.meta\.csv$/i.test(file.name);
const dataNameOf = (metaName: string) => metaName.replace(/\.meta\.csv$/i, '.csv').toLowerCase();
/** After this many faults with no query answered between them, the store stops restarting and says so. */
const MOST_FAULTS_IN_A_ROW = 3;
const DEFAULT_STALL_MS = 5 * 60_000;

/**
 * The datasets of one page: the queue that loads them one after another (DuckDB has one connection, and the first
 * view's data must come first), what is loaded with its revision, problems, the `observations` view over all, the
 * files kept for the next visit, and a new engine with everything loaded again when the engine breaks.
 * Views read it and say which datasets they need; they never load anything themselves.
 */
export function createDatasetStore(options: DatasetStoreOptions) {
  const { manifest, fetchFile } = options;
  const savedFiles = options.savedFiles ?? null;
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
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
  const userFiles = createUserFiles(savedFiles);
  const kept = createKeptFiles({
    savedFiles,
    read: () => state.savedFiles,
    write: (files) => update((s) => ({ ...s, savedFiles: files })),
    reportProblem,
  });
  const typed = createTypedKeeping({
    forms: savedFiles && (options.typedForms ?? null),
    template: () => fetchFile(TYPED_TEMPLATE_FILE),
    reportProblem,
  });
  let problemCounter = 0;
  let queue: Promise<unknown> = Promise.resolve();
  /** Loads not finished yet, by job key, so Cancel can stop one whether it waits in the queue or runs. */
  const controllers = new Map<string, AbortController>();
  /** Default loads asked for and not failed, so a second request waits for the same load. */
  const requested = new Map<string, Promise<Dataset | null>>();
  /** How each loaded dataset was loaded, to load it again on a new engine. */
  const recipes = new Map<string, Recipe>();
  let running: Recipe | null = null;
  let current: GuardedEngine = guard(options.engine);
  let recovering: Promise<void> | null = null;
  let faultsInARow = 0;
  let started = false;

  function guard(engine: SqlEngine): GuardedEngine {
    return guardEngine(engine, { stallMs, onFault: (fault) => void recover(fault) });
  }

  function update(change: (current: DatasetState) => DatasetState): void {
    state = change(state);
    for (const listener of listeners) listener();
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

  function reportProblem(fileName: string, message: string): void {
    const problem: LoadProblem = { key: `p${++problemCounter}`, fileName, message };
    update((s) => ({ ...s, problems: [...s.problems, problem] }));
  }

  /**
   * Loads a recipe after everything before it in the queue. `onNotLoaded` hears how a load that did not finish
   * ended (a fault before the engine is restarted), and says so to the user.
   */
  function enqueue(recipe: Recipe, onNotLoaded: (outcome: NotLoaded) => void): Promise<LoadOutcome> {
    const job: LoadJob = {
      key: recipe.key,
      fileName: recipe.fileName,
      // A default dataset is attached whole from its typed file, not read in pieces: there are no bytes to count.
      bytes: recipe.origin === 'default' ? 0 : recipe.bytes,
      bytesRead: 0,
      startedAt: performance.now(),
      origin: recipe.origin,
    };
    const controller = new AbortController();
    controllers.set(recipe.key, controller);
    const task = queue.then(async (): Promise<LoadOutcome> => {
      try {
        await recovering;
        controller.signal.throwIfAborted();
        // A default file the engine was given again while this waited (a restart) is not loaded twice.
        const already = recipe.origin === 'default' && live().find((d) => d.id === recipe.id);
        if (already) return { kind: 'loaded', dataset: already };
        running = recipe;
        const { engine } = current;
        const onProgress = (bytesRead: number) =>
          update((s) => ({
            ...s,
            jobs: s.jobs.map((j) => (j.key === recipe.key ? { ...j, bytesRead } : j)),
          }));
        const loaded = await recipe.run(engine, controller.signal, onProgress);
        const revision = state.version + 1;
        const dataset: Dataset = { ...loaded, revision, live: true };
        await refreshObservations(engine, [...live().filter((d) => d.id !== dataset.id), dataset]);
        performance.measure('lens:ingest', {
          start: job.startedAt,
          detail: { file: recipe.fileName, bytes: recipe.bytes, rows: dataset.rows },
        });
        recipes.set(dataset.id, recipe);
        update((s) => ({
          ...s,
          // The prebuilt description of the same dataset keeps its place in the list.
          datasets: s.datasets.some((d) => d.id === dataset.id)
            ? s.datasets.map((d) => (d.id === dataset.id ? dataset : d))
            : [...s.datasets, dataset],
          version: revision,
        }));
        settleWaiters(dataset.id);
        return { kind: 'loaded', dataset };
      } catch (error) {
        if (isEngineFault(error) && !controller.signal.aborted) {
          onNotLoaded({ kind: 'fault', error });
          return afterFault(recipe, error);
        }
        const outcome: NotLoaded = controller.signal.aborted
          ? { kind: 'cancelled' }
          : { kind: 'failed', error };
        onNotLoaded(outcome);
        return outcome;
      } finally {
        running = null;
        controllers.delete(recipe.key);
        update((s) => ({ ...s, jobs: s.jobs.filter((j) => j.key !== recipe.key) }));
      }
    });
    queue = task;
    // Published once the load is in the queue, so anything asked for on seeing the job waits behind it.
    update((s) => ({
      ...s,
      jobs: [...s.jobs, job],
      problems: s.problems.filter((p) => p.fileName !== recipe.fileName),
    }));
    return task;
  }

  /** Problems for loads that did not finish, said in the problem list (a default file, a file just added). */
  function reportNotLoaded(recipe: Recipe, outcome: NotLoaded): void {
    if (outcome.kind !== 'fault') {
      const reason = outcome.kind === 'cancelled' ? cancelledLoad(recipe.fileName) : outcome.error;
      update((s) => ({ ...s, problems: [...s.problems, problemFrom(recipe.key, recipe.fileName, reason)] }));
    } else if (recipe.origin === 'user')
      reportProblem(
        recipe.fileName,
        `${recipe.fileName}: the data engine stopped while loading this file. ${engineMessage(outcome.error)} It was restarted with your other data; this file was not loaded. If that happens again, it may be too large or too wide for this browser: filter it on Explore Education Statistics first.`,
      );
  }

  /**
   * A load the engine broke under. A default file is given to the new engine with the rest; a user's file is left
   * out (`onNotLoaded` has told the user).
   */
  async function afterFault(recipe: Recipe, error: unknown): Promise<LoadOutcome> {
    await recover(error);
    const again = recipe.origin === 'default' && live().find((d) => d.id === recipe.id);
    return again ? { kind: 'loaded', dataset: again } : { kind: 'fault', error };
  }

  /**
   * A new engine after a fault, with every dataset loaded again in the order it was loaded (a default load the
   * fault interrupted too). One recovery at a time; loads and view queries wait for it. A dataset whose load breaks
   * the new engine as well is left out, and after faults in a row with nothing answered between them, the
   * user's files are left out and then the store stops trying.
   */
  function recover(fault: unknown): Promise<void> {
    if (recovering) return recovering;
    let finished: () => void = () => undefined;
    // Set before the rebuild starts, so the fault it declares on the old engine does not start a second one.
    recovering = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const done = recovering;
    void rebuild(fault)
      .catch((error: unknown) =>
        update((s) => ({
          ...s,
          engineNotice: `The data engine stopped and could not be started again (${engineMessage(error)}). Reload the page; your added files are kept.`,
        })),
      )
      .finally(() => {
        recovering = null;
        finished();
      });
    return done;
  }

  async function rebuild(fault: unknown): Promise<void> {
    current.fail(fault);
    faultsInARow++;
    const interrupted = running?.origin === 'default' && !recipes.has(running.id) ? [running] : [];
    let toLoad = [...live().flatMap((d) => recipes.get(d.id) ?? []), ...interrupted];
    const restartEngine = options.restartEngine;
    if (!restartEngine || faultsInARow > MOST_FAULTS_IN_A_ROW) {
      update((s) => ({
        ...s,
        engineNotice: `The data engine stopped (${engineMessage(fault)}) and could not be restarted here. Reload the page; your added files are kept.`,
      }));
      return;
    }
    const leftOut = faultsInARow > 1 ? toLoad.filter((r) => r.origin === 'user') : [];
    toLoad = toLoad.filter((r) => !leftOut.includes(r));
    update((s) => ({
      ...s,
      datasets: s.datasets.map((d) => (d.live ? { ...d, live: false } : d)),
      engineNotice: 'The data engine stopped; restarting it and loading your data again…',
    }));
    let rebuilt: Rebuilt;
    try {
      rebuilt = await rebuildEngine({
        toLoad,
        start: async () => guard(await restartEngine()),
        refreshObservations,
        onProblem: (recipe, error) =>
          reportProblem(recipe.fileName, problemFrom(recipe.key, recipe.fileName, error).message),
      });
    } catch (error) {
      update((s) => ({
        ...s,
        engineNotice: `The data engine stopped and could not be started again (${engineMessage(error)}). Reload the page; your added files are kept.`,
      }));
      return;
    }
    current = rebuilt.guarded;
    finishRecovery(toLoad, rebuilt.reloaded, [...leftOut, ...rebuilt.leftOut]);
    // A kept file left out stays kept: listed as not loaded, with a fault counted where its own load broke the
    // new engine.
    for (const recipe of leftOut) markLeftOut(recipe, { kind: 'left-out' });
    for (const recipe of rebuilt.leftOut)
      markLeftOut(recipe, { kind: 'fault', detail: 'again, on the engine restarted after an earlier stop' });
  }

  function markLeftOut(recipe: Recipe, reason: NotLoadedReason): void {
    if (recipe.origin === 'user' && state.savedFiles?.some((f) => f.id === recipe.id))
      kept.change({ type: 'not-loaded', id: recipe.id, reason });
  }

  function finishRecovery(
    toLoad: readonly Recipe[],
    reloaded: Map<string, LoadedDataset>,
    leftOut: Recipe[],
  ) {
    for (const recipe of recipes.values()) if (!reloaded.has(recipe.id)) recipes.delete(recipe.id);
    for (const recipe of leftOut) userFiles.release(recipe.id);
    const userFilesBack = toLoad.filter((r) => r.origin === 'user' && reloaded.has(r.id)).length;
    const missed = leftOut.filter((r) => r.origin === 'user').map((r) => r.fileName);
    update((s) => {
      const version = s.version + 1;
      return {
        ...s,
        version,
        datasets: [
          ...s.datasets.flatMap((d) => {
            const again = reloaded.get(d.id);
            if (again) return [{ ...again, revision: version, live: true }];
            return d === prebuilt ? [d] : [];
          }),
          // A default load the fault interrupted comes after those loaded before it.
          ...[...reloaded.values()]
            .filter((again) => !s.datasets.some((d) => d.id === again.id))
            .map((again) => ({ ...again, revision: version, live: true })),
        ],
        engineNotice: recoveryNotice(userFilesBack, missed),
      };
    });
    for (const recipe of [...toLoad, ...leftOut]) settleWaiters(recipe.id);
    for (const recipe of toLoad) if (reloaded.has(recipe.id)) recipes.set(recipe.id, recipe);
  }

  /** A default dataset's typed file and description, fetched together from the app's own origin. */
  async function fetchTyped(entry: DefaultDatasetEntry): Promise<[Uint8Array, DefaultDescription]> {
    const [typed, description] = await Promise.all([
      fetchFile(entry.typedFile),
      fetchFile(entry.descriptionFile),
    ]);
    return [typed, JSON.parse(new TextDecoder().decode(description)) as DefaultDescription];
  }

  /** Fetches started before their load's turn in the queue, taken once (the engine is given the bytes). */
  const prefetched = new Map<string, Promise<[Uint8Array, DefaultDescription]>>();

  async function loadDefault(entry: DefaultDatasetEntry, engine: SqlEngine) {
    const early = prefetched.get(entry.id);
    prefetched.delete(entry.id);
    const [typed, description] = await (early ?? fetchTyped(entry));
    if (description.dataset.id !== entry.id)
      throw new LoadError(
        entry.file,
        `${entry.descriptionFile} describes ${description.dataset.id}, not ${entry.id}.`,
        'Run npm run data:build.',
      );
    // Known, so that the same file added by hand is recognised.
    userFiles.claim(entry.id, description.fingerprint, entry.title);
    return attachDefault(engine, { dataset: description.dataset, typed });
  }

  /** Loads one default dataset (once); a failed load may be asked for again. */
  function requestDefault(id: string): Promise<Dataset | null> {
    const entry = manifest.datasets.find((d) => d.id === id);
    const loaded = live().find((d) => d.id === id);
    if (loaded) return Promise.resolve(loaded);
    if (!entry) return Promise.resolve(null);
    const pending = requested.get(id);
    if (pending) return pending;
    // Fetched at once, while earlier loads and the engine's start run.
    const fetching = fetchTyped(entry);
    fetching.catch(() => undefined);
    prefetched.set(id, fetching);
    const recipe: Recipe = {
      id,
      key: `default:${id}`,
      fileName: entry.file,
      bytes: entry.bytes,
      origin: 'default',
      run: (engine) => loadDefault(entry, engine),
    };
    const load = enqueue(recipe, (outcome) => reportNotLoaded(recipe, outcome)).then((outcome) => {
      if (outcome.kind === 'loaded') return outcome.dataset;
      requested.delete(id);
      return null;
    });
    requested.set(id, load);
    return load;
  }

  /** Every default file loaded at start-up, in start-up order: the first view's file first. */
  function requestStartupDefaults(): void {
    for (const load of ['first', 'background'] as const)
      for (const entry of manifest.datasets.filter((d) => d.load === load)) void requestDefault(entry.id);
  }

  /**
   * A user's file, from the file they picked (`added`) or from its kept copy (`kept`). An added file is kept for the
   * next visit once loaded; a kept file that does not load stays kept, listed with what happened.
   */
  function enqueueUserFile(
    file: Omit<SavedFile, 'savedAt' | 'data'> & { data: File },
    from: 'added' | 'kept',
  ): Promise<Dataset | null> {
    const { id, title, fingerprint } = file;
    userFiles.claim(id, fingerprint, title);
    const recipe = userFileRecipe(file, from === 'kept' ? typed : null);
    const onNotLoaded = (outcome: NotLoaded) => {
      userFiles.release(id);
      if (from === 'added') reportNotLoaded(recipe, outcome);
      else kept.change({ type: 'not-loaded', id, reason: notLoadedReason(recipe, outcome) });
    };
    return enqueue(recipe, onNotLoaded).then(async (outcome) => {
      if (outcome.kind !== 'loaded') return null;
      if (from === 'kept') kept.change({ type: 'loaded', id });
      else if (!(await kept.keep(file))) return outcome.dataset;
      if (recipe.readOriginal()) keepTypedLater(outcome.dataset, fingerprint);
      return outcome.dataset;
    });
  }

  /** The typed form of a file read from its original, kept after it (in the queue, so its tables stay put). */
  function keepTypedLater(dataset: Dataset, fingerprint: string): void {
    queue = queue
      .then(async () => {
        await recovering;
        if (live().includes(dataset)) await typed.keep(current.engine, dataset, fingerprint);
      })
      .catch(() => undefined);
  }

  function notLoadedReason(recipe: Recipe, outcome: NotLoaded): NotLoadedReason {
    if (outcome.kind === 'fault') return { kind: 'fault', detail: faultDetail(outcome.error) };
    if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
    return { kind: 'problem', detail: problemFrom(recipe.key, recipe.fileName, outcome.error).message };
  }

  const loadKept = (file: ListedFile) =>
    enqueueUserFile({ ...file, data: new File([file.data], file.name) }, 'kept');

  /**
   * Files kept from earlier visits: listed at once (so a link to one waits for it rather than calling it
   * missing), and loaded after the first view's data, under their old ids and titles; but not one whose loads
   * broke the engine on the last tries, so that one file cannot keep the page from starting.
   */
  async function restoreSavedFiles(firstLoaded: Promise<unknown>): Promise<void> {
    const saved = await kept.list();
    await firstLoaded;
    await Promise.all(saved.filter(loadsAtStart).map(loadKept));
  }

  return {
    /** The engine as it is now: after a fault, the new one, once every dataset is loaded on it again. */
    engine: {
      async query<T extends Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
        await recovering;
        const rows = await current.engine.query<T>(sql, params);
        faultsInARow = 0;
        return rows;
      },
      async queryStoppable<T extends Row>(sql: string, signal: AbortSignal): Promise<T[]> {
        await recovering;
        return current.engine.queryStoppable<T>(sql, signal);
      },
      async streamStoppable<T extends Row>(
        sql: string,
        signal: AbortSignal,
        onRows: (rows: T[]) => void | Promise<void>,
      ): Promise<void> {
        await recovering;
        return current.engine.streamStoppable<T>(sql, signal, onRows);
      },
      async registerFile(name: string, data: Uint8Array | File) {
        await recovering;
        return current.engine.registerFile(name, data);
      },
      async dropFile(name: string) {
        await recovering;
        return current.engine.dropFile(name);
      },
    } satisfies SqlEngine,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: (): DatasetState => state,

    /**
     * Start-up: every start-up default, the first view's first (each is attached from its typed file in
     * milliseconds, so none delays a redraw), then the files kept from earlier visits.
     */
    start(): void {
      // Once per store, however often the app's start-up effect runs: kept files must not be loaded twice.
      if (started) return;
      started = true;
      requestStartupDefaults();
      const first = manifest.datasets.filter((d) => d.load === 'first').map((d) => requestDefault(d.id));
      void restoreSavedFiles(Promise.all(first));
    },

    /** A set hosted beside the app (src/data/hosted), attached by its recipe and then listed like a default. */
    loadHosted(recipe: Recipe): Promise<Dataset | null> {
      return enqueue(recipe, (outcome) => reportNotLoaded(recipe, outcome)).then((outcome) =>
        outcome.kind === 'loaded' ? outcome.dataset : null,
      );
    },

    /** A view needs these default datasets now ('all': every start-up file, for views that read every table). */
    need(ids: readonly string[] | 'all'): Promise<(Dataset | null)[]> {
      if (ids === 'all') {
        requestStartupDefaults();
        return Promise.all(
          manifest.datasets.filter((d) => d.load !== 'on-demand').map((d) => requestDefault(d.id)),
        );
      }
      return Promise.all(ids.map(requestDefault));
    },

    /** Resolves once the engine holds this dataset (at once when it already does, or no load of it is known). */
    whenLive(id: string): Promise<void> {
      const dataset = state.datasets.find((d) => d.id === id);
      if (!dataset || dataset.live) return Promise.resolve();
      void requestDefault(id);
      return new Promise((resolve) => liveWaiters.set(id, [...(liveWaiters.get(id) ?? []), resolve]));
    },

    /**
     * Adds a user's files (zips are opened first): each `.meta.csv` goes with the data file of the same name; every
     * file is checked on its own, so one bad file never stops the others. A file whose content is already loaded
     * is not loaded again, and a file whose name is already a title gets a title of its own.
     */
    async addFiles(picked: readonly File[]): Promise<(Dataset | null)[]> {
      const { files, problems } = await expandZips(picked);
      problems.forEach((problem) => reportProblem(problem.fileName, problem.message));
      const metas = new Map(files.filter(isMeta).map((file) => [dataNameOf(file.name), file]));
      const dataFiles = files.filter(
        (file) =>
          !isMeta(file) ||
          !files.some((other) => other !== file && other.name.toLowerCase() === dataNameOf(file.name)),
      );
      const fitting = dataFiles.filter((file) => {
        const tooBig = checkFileSize(file.name, file.size);
        if (tooBig) reportProblem(tooBig.fileName, tooBig.message);
        return !tooBig;
      });
      const { fresh, duplicates } = await userFiles.prepare(
        fitting,
        state.datasets.map((d) => d.title),
      );
      duplicates.forEach((duplicate) => reportProblem(duplicate.fileName, duplicate.message));
      return Promise.all(
        dataFiles.map(async (file) => {
          const prepared = fresh.find((f) => f.file === file);
          if (!prepared) return null;
          const metaFile = metas.get(file.name.toLowerCase());
          const metaText = metaFile ? await metaFile.text() : null;
          const { id, title, fingerprint } = prepared;
          return enqueueUserFile({ id, name: file.name, title, fingerprint, metaText, data: file }, 'added');
        }),
      );
    },

    /**
     * Unloads a dataset after any load in progress, so a load never refers to tables removed under it; a user's
     * file is also deleted from this browser's storage, so it does not come back on the next visit.
     */
    remove(id: string): Promise<void> {
      update((s) => ({ ...s, removing: [...s.removing, id] }));
      const task = queue.then(async () => {
        await recovering;
        await dropDataset(current.engine, id);
        const remaining = state.datasets.filter((d) => d.id !== id);
        await refreshObservations(
          current.engine,
          remaining.filter((d) => d.live),
        );
        requested.delete(id);
        recipes.delete(id);
        userFiles.release(id);
        await kept.forget(id);
        await typed.forget(id, state.datasets.find((d) => d.id === id)?.fileName ?? id);
        update((s) => ({ ...s, datasets: remaining, version: s.version + 1 }));
      });
      const done = task.finally(() =>
        update((s) => ({ ...s, removing: s.removing.filter((waiting) => waiting !== id) })),
      );
      queue = done.catch(() => undefined);
      return done;
    },

    /**
     * Loads a kept file that was not loaded this time (a fault, a Cancel, or held back at start-up), on the user's
     * word; a file no longer in storage is taken off the list, and the user told.
     */
    async loadAgain(id: string): Promise<Dataset | null> {
      const file = await kept.forLoadAgain(id);
      return file && loadKept(file);
    },

    /**
     * Stops a load, whether it is waiting or running; nothing of it is loaded and earlier data stay as they were. A
     * kept file stays kept.
     */
    cancel(key: string): void {
      controllers.get(key)?.abort();
    },

    dismissProblem(key: string): void {
      update((s) => ({ ...s, problems: s.problems.filter((p) => p.key !== key) }));
    },

    /** The engine's worker reported that it broke: a new engine is started and every dataset loaded again. */
    engineFailed(reason: unknown): Promise<void> {
      current.fail(reason instanceof EngineFault ? reason : new EngineFault(engineMessage(reason), reason));
      return recovering ?? Promise.resolve();
    },

    dismissEngineNotice(): void {
      update((s) => ({ ...s, engineNotice: null }));
    },
  };
}
