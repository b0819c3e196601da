import { beforeAll, describe, expect, test } from 'vitest';
import { createDatasetStore, type DatasetStore } from '../../../src/data/datasets/dataset-store';
import type { FirstView } from '../../../src/data/datasets/first-view';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { ANNUAL_ABSENCE_NAMES } from '../../support/annual-absence-names';
import { fetchDataFile, manifest } from '../../support/default-datasets';
import { rateFile } from './rate-file';

const goodFile = (name: string, value = 5) => rateFile(name, value);
const badFile = (name: string) => new File(['not,a\n"broken'], name);

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** Each test gets its own store over the shared engine, with ids that do not collide with the other tests'. */
function storeWith(options: { firstView?: FirstView | null } = {}): DatasetStore {
  return createDatasetStore({ engine, manifest, fetchFile: fetchDataFile, ...options });
}

const ids = (store: DatasetStore) => store.getState().datasets.map((d) => d.fileName);

describe('the dataset store on the real engine', () => {
  test('loads in the order asked for, one after another, and counts revisions', async () => {
    const store = storeWith();
    const [a, b] = await store.addFiles([goodFile('a.csv'), goodFile('b.csv', 6)]);
    expect(ids(store)).toEqual(['a.csv', 'b.csv']);
    expect(a?.revision).toBeLessThan(b?.revision ?? 0);
    expect(store.getState().jobs).toEqual([]);
    await store.remove(a?.id ?? '');
    expect(ids(store)).toEqual(['b.csv']);
  });

  test('a failed load reports a problem and leaves earlier datasets answering', async () => {
    const store = storeWith();
    const [good] = await store.addFiles([goodFile('kept.csv', 7)]);
    const [bad] = await store.addFiles([badFile('broken.csv')]);
    expect(bad).toBeNull();
    expect(store.getState().problems.map((p) => p.fileName)).toEqual(['broken.csv']);
    expect(ids(store)).toEqual(['kept.csv']);
    expect(await engine.query(`SELECT rate FROM ds_${good?.id}`)).toEqual([{ rate: 7 }]);
  });

  test('a removal asked for during a load waits for it; the same file added again is a new revision', async () => {
    const store = storeWith();
    let removal: Promise<void> | undefined;
    let asked = false;
    // Asked for the moment the load is queued, while it runs (remove notifies listeners itself, hence the flag).
    const unsubscribe = store.subscribe(() => {
      const job = store.getState().jobs[0];
      if (job && !asked) {
        asked = true;
        removal = store.remove(job.key);
      }
    });
    const [first] = await store.addFiles([goodFile('same.csv', 1)]);
    unsubscribe();
    expect(first?.fileName).toBe('same.csv');
    await removal;
    expect(ids(store)).toEqual([]);
    const [again] = await store.addFiles([goodFile('same.csv', 2)]);
    expect(again?.revision).toBeGreaterThan(first?.revision ?? 0);
    expect(await engine.query(`SELECT rate FROM ds_${again?.id}`)).toEqual([{ rate: 2 }]);
  });

  // Issue #29: a Remove pressed during another file's load did nothing visible until that load ended.
  test('a removal waiting for a load is in the state at once, and leaves it when done', async () => {
    const store = storeWith();
    const [kept] = await store.addFiles([goodFile('kept-for-now.csv', 3)]);
    const id = kept?.id ?? '';
    let removal: Promise<void> | undefined;
    let asked = false;
    let seenWhileLoading: readonly string[] = [];
    const unsubscribe = store.subscribe(() => {
      if (store.getState().jobs.length > 0 && !asked) {
        asked = true;
        removal = store.remove(id);
        seenWhileLoading = store.getState().removing;
      }
    });
    await store.addFiles([goodFile('loading.csv', 4)]);
    unsubscribe();
    expect(seenWhileLoading).toEqual([id]);
    await removal;
    expect(store.getState().removing).toEqual([]);
    expect(ids(store)).toEqual(['loading.csv']);
  });

  test('a load cancelled while it waits is not loaded, says so, and the others load', async () => {
    const store = storeWith();
    const unsubscribe = store.subscribe(() => {
      const waiting = store.getState().jobs[1];
      if (waiting) store.cancel(waiting.key);
    });
    const [first, second] = await store.addFiles([goodFile('first.csv'), goodFile('second.csv', 6)]);
    unsubscribe();
    expect([first?.fileName, second]).toEqual(['first.csv', null]);
    expect(ids(store)).toEqual(['first.csv']);
    expect(store.getState().problems.map((p) => p.message)).toEqual([
      'second.csv: Loading was cancelled. Nothing of it was kept; add the file again to load it.',
    ]);
  });

  test('a file past the size limit is refused before it is read', async () => {
    const store = storeWith();
    const huge = goodFile('huge.csv');
    Object.defineProperty(huge, 'size', { value: 600e6 });
    expect(await store.addFiles([huge])).toEqual([null]);
    expect(store.getState().problems[0]?.message).toMatch(
      /huge\.csv: The file is 600 MB; this app loads files of up to 500 MB/,
    );
    expect(store.getState().jobs).toEqual([]);
  });

  test('a default dataset asked for twice loads once', async () => {
    const store = storeWith();
    const [first, second] = await Promise.all([
      store.need(['attendance_ytd']),
      store.need(['attendance_ytd']),
    ]);
    expect(first[0]).toBe(second[0]);
    expect(ids(store)).toEqual(['attendance_ytd.csv']);
    await store.remove('attendance_ytd');
  });
});

describe('the first view: prebuilt figures until the engine holds the dataset', () => {
  const query = { sql: 'SELECT count(*)::INTEGER AS n FROM "ds_annual_absence"', params: [] };
  const firstView = (): FirstView => ({
    dataset: {
      ...ANNUAL_ABSENCE_NAMES,
      rows: 6720,
      bytes: 1,
      columns: [],
      indicators: [],
      filters: [],
      phases: [],
      grains: [],
      levels: [],
      periods: [],
      areas: [],
      firstPeriod: null,
      lastPeriod: null,
      unknownPeriods: [],
    },
    answers: [{ ...query, rows: [{ n: -1 }] }],
  });

  test('the prebuilt answer comes at once, other queries wait for the load, and the live query takes over', async () => {
    const view = firstView();
    const store = storeWith({ firstView: view });
    const viewEngine = store.engine;
    expect(store.getState().datasets.map((d) => [d.id, d.live, d.revision])).toEqual([
      ['annual_absence', false, 0],
    ]);
    // Nothing is loaded yet, so only the build's figures can answer this.
    expect(await viewEngine.query(query.sql)).toEqual([{ n: -1 }]);
    const other = viewEngine.query('SELECT count(*)::INTEGER AS n FROM "ds_annual_absence" WHERE phase = ?', [
      'Total',
    ]);
    store.start();
    expect(await other).toEqual([{ n: 1680 }]);
    const [dataset] = store.getState().datasets;
    expect([dataset?.live, dataset?.revision]).toEqual([true, 1]);
    expect(await viewEngine.query(query.sql)).toEqual([{ n: 6720 }]);
  });

  test('the prebuilt answer is there at once for a first render, and only until the dataset is live', async () => {
    const view = firstView();
    const store = storeWith({ firstView: view });
    const { answerNow } = store;
    expect(answerNow(query.sql, [])).toEqual([{ n: -1 }]);
    // Only the very statement and values the build answered.
    expect(answerNow(`${query.sql} WHERE phase = ?`, ['Total'])).toBeUndefined();
    expect(answerNow(query.sql, ['Total'])).toBeUndefined();
    store.start();
    await store.whenLive('annual_absence');
    expect(answerNow(query.sql, [])).toBeUndefined();
  });

  test('when the first view’s file cannot be fetched, it is said and other queries answer instead of waiting', async () => {
    const store = createDatasetStore({
      engine,
      manifest,
      fetchFile: async (file) => {
        if (file.includes('annual_absence')) throw new Error('503 Service Unavailable');
        return fetchDataFile(file);
      },
      firstView: firstView(),
    });
    const waiting = store.engine.query<{ n: number }>('SELECT 2 AS n');
    store.start();
    expect(await waiting).toEqual([{ n: 2 }]);
    expect(store.getState().problems.map((p) => p.fileName)).toContain('annual_absence.csv');
    expect(store.getState().datasets.some((d) => d.id === 'annual_absence')).toBe(false);
  });
});
