import type { Dataset } from '../catalogue';
import type { DefaultDatasetEntry, Manifest } from '../default-data';
import { parseMetaCsv, type MetaColumn } from '../ees/meta-csv';
import { dropDataset, loadDataset, type LoadRequest } from '../load/load-dataset';
import { cancelledLoad, LoadError } from '../load/load-error';
import { checkFileSize } from '../load/file-size-limit';
import { expandZips } from '../load/unzip-files';
import { engineMessage } from '../query-error';
import type { SqlEngine } from '../sql-engine';
import { observationsViewSql } from '../sql/observations-view';
import type { FirstView } from './first-view';

export interface LoadJob {
  key: string;
  fileName: string;
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
}

export interface DatasetStoreOptions {
  engine: SqlEngine;
  manifest: Manifest;
  fetchFile: (file: string) => Promise<Uint8Array>;
  /** Resolves when loading more would not delay anything the user asked for. */
  whenIdle?: () => Promise<void>;
  firstView?: FirstView | null;
}

export type DatasetStore = ReturnType<typeof createDatasetStore>;

interface Pending {
  key: string;
  fileName: string;
  bytes: number;
  origin: 'default' | 'user';
  run: (
    signal: AbortSignal,
    onProgress: (bytesRead: number) => void,
  ) => Promise<Omit<Dataset, 'revision' | 'live'>>;
}

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

/**
 * The datasets of one page: the queue that loads them one after another (DuckDB has one connection, and the first
 * view's data must come first), what is loaded with its revision, problems, and the `observations` view over all.
 * Views read it and say which datasets they need; they never load anything themselves.
 */
export function createDatasetStore(options: DatasetStoreOptions) {
  const { engine, manifest, fetchFile } = options;
  const whenIdle = options.whenIdle ?? (() => Promise.resolve());
  const prebuilt: Dataset | null = options.firstView
    ? { ...options.firstView.dataset, revision: 0, live: false, loadMs: 0 }
    : null;
  let state: DatasetState = { datasets: prebuilt ? [prebuilt] : [], jobs: [], problems: [], version: 0 };
  const listeners = new Set<() => void>();
  const liveWaiters = new Map<string, (() => void)[]>();
  let userCounter = 0;
  let queue: Promise<unknown> = Promise.resolve();
  /** Loads not finished yet, by job key, so Cancel can stop one whether it waits in the queue or runs. */
  const controllers = new Map<string, AbortController>();
  /** Default loads asked for and not failed, so a second request waits for the same load. */
  const requested = new Map<string, Promise<Dataset | null>>();

  function update(change: (current: DatasetState) => DatasetState): void {
    state = change(state);
    for (const listener of listeners) listener();
  }

  const live = () => state.datasets.filter((d) => d.live);

  async function refreshObservations(datasets: readonly Dataset[]): Promise<void> {
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

  function enqueue(pending: Pending): Promise<Dataset | null> {
    const job: LoadJob = {
      key: pending.key,
      fileName: pending.fileName,
      bytes: pending.bytes,
      bytesRead: 0,
      startedAt: performance.now(),
      origin: pending.origin,
    };
    const controller = new AbortController();
    controllers.set(pending.key, controller);
    const task = queue.then(async () => {
      try {
        controller.signal.throwIfAborted();
        const onProgress = (bytesRead: number) =>
          update((s) => ({
            ...s,
            jobs: s.jobs.map((j) => (j.key === pending.key ? { ...j, bytesRead } : j)),
          }));
        const loaded = await pending.run(controller.signal, onProgress);
        const revision = state.version + 1;
        const dataset: Dataset = { ...loaded, revision, live: true };
        await refreshObservations([...live().filter((d) => d.id !== dataset.id), dataset]);
        performance.measure('lens:ingest', {
          start: job.startedAt,
          detail: { file: pending.fileName, bytes: pending.bytes, rows: dataset.rows },
        });
        update((s) => ({
          ...s,
          // The prebuilt description of the same dataset keeps its place in the list.
          datasets: s.datasets.some((d) => d.id === dataset.id)
            ? s.datasets.map((d) => (d.id === dataset.id ? dataset : d))
            : [...s.datasets, dataset],
          version: revision,
        }));
        settleWaiters(dataset.id);
        return dataset;
      } catch (error) {
        const reason = controller.signal.aborted ? cancelledLoad(pending.fileName) : error;
        update((s) => ({
          ...s,
          problems: [...s.problems, problemFrom(pending.key, pending.fileName, reason)],
        }));
        return null;
      } finally {
        controllers.delete(pending.key);
        update((s) => ({ ...s, jobs: s.jobs.filter((j) => j.key !== pending.key) }));
      }
    });
    queue = task;
    // Published once the load is in the queue, so anything asked for on seeing the job waits behind it.
    update((s) => ({
      ...s,
      jobs: [...s.jobs, job],
      problems: s.problems.filter((p) => p.fileName !== pending.fileName),
    }));
    return task;
  }

  async function loadDefault(
    entry: DefaultDatasetEntry,
    signal: AbortSignal,
    onProgress: (bytesRead: number) => void,
  ) {
    const [bytes, metaBytes] = await Promise.all([
      fetchFile(entry.file),
      entry.meta ? fetchFile(entry.meta) : Promise.resolve(null),
    ]);
    const meta: MetaColumn[] = metaBytes ? parseMetaCsv(new TextDecoder().decode(metaBytes)).columns : [];
    return loadDataset(engine, {
      id: entry.id,
      fileName: entry.file,
      data: bytes,
      origin: 'default',
      title: entry.title,
      source: entry.source,
      meta,
      grain: entry.grain,
      signal,
      onProgress,
    });
  }

  /** Loads one default dataset (once); a failed load may be asked for again. */
  function requestDefault(id: string): Promise<Dataset | null> {
    const entry = manifest.datasets.find((d) => d.id === id);
    const loaded = live().find((d) => d.id === id);
    if (loaded) return Promise.resolve(loaded);
    if (!entry) return Promise.resolve(null);
    const pending = requested.get(id);
    if (pending) return pending;
    const load = enqueue({
      key: `default:${id}`,
      fileName: entry.file,
      bytes: entry.bytes,
      origin: 'default',
      run: (signal, onProgress) => loadDefault(entry, signal, onProgress),
    }).then((dataset) => {
      if (!dataset) requested.delete(id);
      return dataset;
    });
    requested.set(id, load);
    return load;
  }

  /** Every default file loaded at start-up, in start-up order: the first view's file first. */
  function requestStartupDefaults(): void {
    for (const load of ['first', 'background'] as const)
      for (const entry of manifest.datasets.filter((d) => d.load === load)) void requestDefault(entry.id);
  }

  function reportProblem(error: LoadError): void {
    const problem: LoadProblem = {
      key: `p${++userCounter}`,
      fileName: error.fileName,
      message: error.message,
    };
    update((s) => ({ ...s, problems: [...s.problems, problem] }));
  }

  return {
    engine,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: (): DatasetState => state,

    /**
     * Start-up: what the first view needs first; the rest once the user pauses, so loading never delays a redraw
     * they asked for (a view that needs one of them sooner says so through {@link need}).
     */
    start(): void {
      const first = manifest.datasets.filter((d) => d.load === 'first').map((d) => requestDefault(d.id));
      void Promise.all(first)
        .then(() => whenIdle())
        .then(requestStartupDefaults);
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
     * file is checked on its own, so one bad file never stops the others.
     */
    async addFiles(picked: readonly File[]): Promise<(Dataset | null)[]> {
      const { files, problems } = await expandZips(picked);
      problems.forEach(reportProblem);
      const metas = new Map(files.filter(isMeta).map((file) => [dataNameOf(file.name), file]));
      const dataFiles = files.filter(
        (file) =>
          !isMeta(file) ||
          !files.some((other) => other !== file && other.name.toLowerCase() === dataNameOf(file.name)),
      );
      return Promise.all(
        dataFiles.map((file) => {
          const tooBig = checkFileSize(file.name, file.size);
          if (tooBig) {
            reportProblem(tooBig);
            return Promise.resolve(null);
          }
          const id = `u${++userCounter}`;
          const metaFile = metas.get(file.name.toLowerCase());
          return enqueue({
            key: id,
            fileName: file.name,
            bytes: file.size,
            origin: 'user',
            run: async (signal, onProgress) => {
              const meta = metaFile ? parseMetaCsv(await metaFile.text()).columns : [];
              const request: LoadRequest = {
                id,
                fileName: file.name,
                data: file,
                origin: 'user',
                meta,
                signal,
                onProgress,
              };
              return loadDataset(engine, request);
            },
          });
        }),
      );
    },

    /** Unloads a dataset after any load in progress, so a load never refers to tables removed under it. */
    remove(id: string): Promise<void> {
      const task = queue.then(async () => {
        await dropDataset(engine, id);
        const remaining = state.datasets.filter((d) => d.id !== id);
        await refreshObservations(remaining.filter((d) => d.live));
        requested.delete(id);
        update((s) => ({ ...s, datasets: remaining, version: s.version + 1 }));
      });
      queue = task.catch(() => undefined);
      return task;
    },

    /** Stops a load, whether it is waiting or running; nothing of it is kept and earlier data stay as they were. */
    cancel(key: string): void {
      controllers.get(key)?.abort();
    },

    dismissProblem(key: string): void {
      update((s) => ({ ...s, problems: s.problems.filter((p) => p.key !== key) }));
    },
  };
}
