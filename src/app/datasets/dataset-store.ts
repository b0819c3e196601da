import type { Dataset } from '../../data/catalogue';
import { fetchDefaultFile, manifest, type DefaultDatasetEntry } from '../../data/default-data';
import { parseMetaCsv, type MetaColumn } from '../../data/ees/meta-csv';
import { browserEngine } from '../../data/engine';
import { dropDataset, loadDataset } from '../../data/load/load-dataset';
import { LoadError } from '../../data/load/load-error';
import { expandZips } from '../../data/load/unzip-files';
import { observationsViewSql } from '../../data/sql/observations-view';
import { engineMessage } from '../../data/query-error';
import { whenUserIdle } from './when-user-idle';

export interface LoadJob {
  key: string;
  fileName: string;
  bytes: number;
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
  datasets: Dataset[];
  jobs: LoadJob[];
  problems: LoadProblem[];
  /** Bumped whenever the set of loaded tables changes, so cached query results keyed on it are refetched. */
  version: number;
  /**
   * Each loaded dataset's `version` when it was loaded: a query reading one dataset keys on this, so its cached
   * result survives other files being loaded or removed, and a dataset loaded again is read afresh.
   */
  revisions: Readonly<Record<string, number>>;
}

let state: DatasetState = { datasets: [], jobs: [], problems: [], version: 0, revisions: {} };
const listeners = new Set<() => void>();
let userCounter = 0;
// Loads run one after another: DuckDB has one connection, and a queue keeps the first view's data first.
let queue: Promise<unknown> = Promise.resolve();

function update(change: (current: DatasetState) => DatasetState): void {
  state = change(state);
  for (const listener of listeners) listener();
}

export const datasetStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getState: (): DatasetState => state,
};

async function refreshObservations(datasets: readonly Dataset[]): Promise<void> {
  await browserEngine.query(
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

interface Pending {
  key: string;
  fileName: string;
  bytes: number;
  origin: 'default' | 'user';
  run: () => Promise<Dataset>;
}

function enqueue(pending: Pending): Promise<Dataset | null> {
  const job: LoadJob = {
    key: pending.key,
    fileName: pending.fileName,
    bytes: pending.bytes,
    startedAt: performance.now(),
    origin: pending.origin,
  };
  update((s) => ({
    ...s,
    jobs: [...s.jobs, job],
    problems: s.problems.filter((p) => p.fileName !== pending.fileName),
  }));
  const task = queue.then(async () => {
    try {
      const dataset = await pending.run();
      await refreshObservations([...state.datasets, dataset]);
      performance.measure('lens:ingest', {
        start: job.startedAt,
        detail: { file: pending.fileName, bytes: pending.bytes, rows: dataset.rows },
      });
      update((s) => ({
        ...s,
        datasets: [...s.datasets, dataset],
        version: s.version + 1,
        revisions: { ...s.revisions, [dataset.id]: s.version + 1 },
      }));
      return dataset;
    } catch (error) {
      const problem: LoadProblem =
        error instanceof LoadError
          ? {
              key: pending.key,
              fileName: error.fileName,
              message: error.message,
              ...(error.line !== undefined ? { line: error.line } : {}),
              ...(error.column !== undefined ? { column: error.column } : {}),
            }
          : {
              key: pending.key,
              fileName: pending.fileName,
              message: `${pending.fileName}: ${engineMessage(error)} Try again, or reload the page.`,
            };
      update((s) => ({ ...s, problems: [...s.problems, problem] }));
      return null;
    } finally {
      update((s) => ({ ...s, jobs: s.jobs.filter((j) => j.key !== pending.key) }));
    }
  });
  queue = task;
  return task;
}

async function loadDefault(entry: DefaultDatasetEntry): Promise<Dataset> {
  const [bytes, metaText] = await Promise.all([
    fetchDefaultFile(entry.file),
    entry.meta
      ? fetchDefaultFile(entry.meta).then((b) => new TextDecoder().decode(b))
      : Promise.resolve(null),
  ]);
  const meta: MetaColumn[] = metaText ? parseMetaCsv(metaText).columns : [];
  return loadDataset(browserEngine, {
    id: entry.id,
    fileName: entry.file,
    data: bytes,
    origin: 'default',
    title: entry.title,
    source: entry.source,
    meta,
    grain: entry.grain,
  });
}

/** Default loads asked for and not failed, so a second request waits for the same load. */
const requested = new Map<string, Promise<Dataset | null>>();

/** Loads one default dataset (once); on-demand datasets come through here when a view first needs them. */
export function requestDefault(id: string): Promise<Dataset | null> {
  const entry = manifest.datasets.find((d) => d.id === id);
  const loaded = state.datasets.find((d) => d.id === id);
  if (loaded) return Promise.resolve(loaded);
  if (!entry) return Promise.resolve(null);
  const pending = requested.get(id);
  if (pending) return pending;
  const load = enqueue({
    key: `default:${id}`,
    fileName: entry.file,
    bytes: entry.bytes,
    origin: 'default',
    run: () => loadDefault(entry),
  }).then((dataset) => {
    // A failed load may be asked for again (the view offers to retry), so it is not remembered as requested.
    if (!dataset) requested.delete(id);
    return dataset;
  });
  requested.set(id, load);
  return load;
}

/**
 * Start-up: what the first view needs first; the rest once the user pauses, so loading never delays a redraw they
 * asked for (a view that needs one of them sooner asks for it itself); on-demand files wait to be asked.
 */
export function startDefaultLoads(): void {
  const first = manifest.datasets.filter((d) => d.load === 'first').map((d) => requestDefault(d.id));
  void Promise.all(first)
    .then(() => whenUserIdle())
    .then(requestBackgroundDefaults);
}

/**
 * Every default file loaded at start-up, asked for now and in start-up order (the first view's file first, even when
 * a view's effect runs before the app's): a view that reads every table wants them all.
 */
export function requestBackgroundDefaults(): void {
  for (const load of ['first', 'background'] as const)
    for (const entry of manifest.datasets.filter((d) => d.load === load)) void requestDefault(entry.id);
}

const isMeta = (file: File) => /\.meta\.csv$/i.test(file.name);

function reportProblem(error: LoadError): void {
  const problem: LoadProblem = { key: `p${++userCounter}`, fileName: error.fileName, message: error.message };
  update((s) => ({ ...s, problems: [...s.problems, problem] }));
}

/**
 * Adds a user's files (zips are opened first): each `.meta.csv` goes with the data file of the same name; every file
 * is checked on its own, so one bad file never stops the others.
 */
export async function addUserFiles(picked: readonly File[]): Promise<(Dataset | null)[]> {
  const { files, problems } = await expandZips(picked);
  problems.forEach(reportProblem);
  const metas = new Map(
    files.filter(isMeta).map((file) => [file.name.replace(/\.meta\.csv$/i, '.csv').toLowerCase(), file]),
  );
  const dataFiles = files.filter(
    (file) =>
      !isMeta(file) ||
      !files.some(
        (other) =>
          other !== file &&
          other.name.toLowerCase() === file.name.replace(/\.meta\.csv$/i, '.csv').toLowerCase(),
      ),
  );
  return Promise.all(
    dataFiles.map((file) => {
      const id = `u${++userCounter}`;
      const metaFile = metas.get(file.name.toLowerCase());
      return enqueue({
        key: id,
        fileName: file.name,
        bytes: file.size,
        origin: 'user',
        run: async () => {
          const meta = metaFile ? parseMetaCsv(await metaFile.text()).columns : [];
          return loadDataset(browserEngine, { id, fileName: file.name, data: file, origin: 'user', meta });
        },
      });
    }),
  );
}

/** Unloads a dataset after any load in progress, so a load never refers to tables removed under it. */
export function removeDataset(id: string): Promise<void> {
  const task = queue.then(async () => {
    await dropDataset(browserEngine, id);
    const remaining = state.datasets.filter((d) => d.id !== id);
    await refreshObservations(remaining);
    requested.delete(id);
    update((s) => ({
      ...s,
      datasets: s.datasets.filter((d) => d.id !== id),
      version: s.version + 1,
      revisions: Object.fromEntries(Object.entries(s.revisions).filter(([key]) => key !== id)),
    }));
  });
  queue = task.catch(() => undefined);
  return task;
}

export function dismissProblem(key: string): void {
  update((s) => ({ ...s, problems: s.problems.filter((p) => p.key !== key) }));
}
