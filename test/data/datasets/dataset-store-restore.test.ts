import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import {
  createDatasetStore,
  type DatasetState,
  type DatasetStore,
} from '../../../src/data/datasets/dataset-store';
import { indexedDbSavedFiles, type SavedFiles } from '../../../src/data/persist/saved-files';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { fetchDataFile, manifestWith } from '../../support/default-datasets';
import { rateFile } from './rate-file';
import { until } from './store-until';
import { copyDatabase } from './copy-database';

// Issue #27: a fault or a Cancel while a kept file loads again must never delete it.

// The first view's file only: kept files load right after it.
const manifest = manifestWith(['annual_absence']);

// Every visit starts real engines and loads the default file: slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

const trap = () => Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });

/**
 * A real engine whose `registerFile` of a piece of `u2` first calls `onU2` (a Cancel pressed then), or traps, as
 * DuckDB-WASM does when it breaks: from then on every call traps.
 */
function engineWith(engine: SqlEngine, onU2: 'trap' | (() => void) | null): SqlEngine {
  let broken = false;
  const check = () => {
    if (broken) throw trap();
  };
  return {
    query: async (sql, params) => (check(), engine.query(sql, params)),
    queryStoppable: async (sql, signal) => (check(), engine.queryStoppable(sql, signal)),
    streamStoppable: async (sql, signal, onRows) => (check(), engine.streamStoppable(sql, signal, onRows)),
    registerFile: async (name, data) => {
      if (name.includes('raw_u2.') && onU2 === 'trap') broken = true;
      else if (name.includes('raw_u2.') && typeof onU2 === 'function') onU2();
      check();
      return engine.registerFile(name, data);
    },
    dropFile: async (name) => (check(), engine.dropFile(name)),
  };
}

let databases = 0;
const newDatabase = () => `restore-test-${++databases}`;

/** One browser's storage, as each page loaded in it sees it. */
const storageNamed = (name: string) => () => indexedDbSavedFiles(name);

/** Another browser, whose storage starts as a copy of the one named `from`. */
async function copiedStorage(from: string): Promise<() => SavedFiles> {
  const name = newDatabase();
  await copyDatabase(from, name);
  return storageNamed(name);
}

/** A page loaded in that browser: a store on a fresh engine, and on fresh ones after a fault. */
async function visit(
  storage: () => SavedFiles,
  onU2: 'trap' | ((store: DatasetStore) => void) | null = null,
): Promise<DatasetStore> {
  let store: DatasetStore | null = null;
  const hook = typeof onU2 === 'function' ? () => store && onU2(store) : onU2;
  store = createDatasetStore({
    engine: engineWith(await createNodeEngine(), hook),
    manifest,
    fetchFile: fetchDataFile,
    savedFiles: storage(),
    restartEngine: createNodeEngine,
  });
  return store;
}

/** Every load asked for has ended, and the engine answers (a new one, after a fault). */
async function settle(store: DatasetStore): Promise<void> {
  await until(store, settled);
  expect(await store.engine.query('SELECT 42 AS answer')).toEqual([{ answer: 42 }]);
}

const settled = (s: DatasetState) =>
  s.jobs.length === 0 && s.savedFiles !== null && s.savedFiles.every((f) => !isComing(f));
// Read loosely, so that on a store without statuses the test fails on what it checks, not on reading them.
const isComing = (file: object) => 'status' in file && (file.status as { kind: string }).kind === 'coming';
const kept = (store: DatasetStore, id: string) => store.getState().savedFiles?.find((f) => f.id === id);
const stored = async (storage: () => SavedFiles) =>
  (await storage().list()).map((f) => [f.id, f.name, f.loadFaults]);
const loadedIds = (store: DatasetStore) =>
  store
    .getState()
    .datasets.filter((d) => d.live)
    .map((d) => d.id);

/**
 * What earlier visits leave in storage is made once, and each test starts from a copy of its own (copy-database.ts):
 * every test checks what later visits do with it, and none sees another's visits. Each visit starts real engines.
 */
const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
};

/** The first visit: two files added, loaded and kept. */
const twoKeptFiles = once(async () => {
  const name = newDatabase();
  const storage = storageNamed(name);
  const first = await visit(storage);
  await first.addFiles([rateFile('x.csv', 1), rateFile('y.csv', 2)]);
  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 0],
  ]);
  return name;
});

/** Then two visits on which loading y.csv again broke the engine, each counted. */
const twoFaults = once(async () => {
  const name = newDatabase();
  await copyDatabase(await twoKeptFiles(), name);
  const storage = storageNamed(name);
  for (const faults of [1, 2]) {
    const broken = await visit(storage, 'trap');
    broken.start();
    await settle(broken);
    expect(kept(broken, 'u2')?.loadFaults).toBe(faults);
  }
  // Read back before it is copied: the count is written to storage once the visit has counted it.
  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 2],
  ]);
  return name;
});

const withTwoKeptFiles = async () => copiedStorage(await twoKeptFiles());
const afterTwoFaults = async () => copiedStorage(await twoFaults());

/** A visit on which every kept file loads by itself, and gives the rows it gave when added. */
async function expectBothLoadByThemselves(storage: () => SavedFiles): Promise<void> {
  const next = await visit(storage);
  next.start();
  await settle(next);
  expect(loadedIds(next)).toEqual(['annual_absence', 'u1', 'u2']);
  expect(await next.engine.query('SELECT rate FROM ds_u2')).toEqual([{ rate: 2 }]);
  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 0],
  ]);
}

test('a fault while a kept file loads again keeps it, says so, and Load again loads it', async () => {
  const storage = await withTwoKeptFiles();
  const store = await visit(storage, 'trap');
  store.start();
  await settle(store);

  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 1],
  ]);
  expect(kept(store, 'u2')).toEqual({
    id: 'u2',
    title: 'y.csv',
    fileName: 'y.csv',
    loadFaults: 1,
    status: { kind: 'not-loaded', reason: { kind: 'fault', detail: 'memory access out of bounds' } },
    // The storage it takes: its original, and no typed form (none is kept of a load that broke the engine).
    bytes: rateFile('y.csv', 2).size,
    typedBytes: 0,
  });
  // Told once, in the kept file's own line; nothing guesses that the file is too big.
  expect(store.getState().problems).toEqual([]);
  // The engine was started again with the rest, and answers.
  expect(loadedIds(store)).toEqual(['annual_absence', 'u1']);
  expect(await store.engine.query('SELECT rate FROM ds_u1')).toEqual([{ rate: 1 }]);

  const again = await store.loadAgain('u2');
  expect(again?.id).toBe('u2');
  expect(await store.engine.query('SELECT rate FROM ds_u2')).toEqual([{ rate: 2 }]);
  expect(kept(store, 'u2')?.status).toEqual({ kind: 'loaded' });
  // A load that went well ends the run of faults.
  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 0],
  ]);
  await expectBothLoadByThemselves(storage);
});

test.each([
  { case: 'while it waits for its turn', when: 'waiting' as const },
  { case: 'while it is being read', when: 'reading' as const },
])('Cancel $case keeps the kept file, and the next visit loads it', async ({ when }) => {
  const storage = await withTwoKeptFiles();
  const store = await visit(storage, when === 'reading' ? (s) => s.cancel('u2') : null);
  store.start();
  if (when === 'waiting') {
    await until(store, (s) => s.jobs.some((job) => job.key === 'u2'));
    store.cancel('u2');
  }
  await settle(store);

  expect(kept(store, 'u2')?.status).toEqual({ kind: 'not-loaded', reason: { kind: 'cancelled' } });
  expect(store.getState().problems).toEqual([]);
  expect(loadedIds(store)).toEqual(['annual_absence', 'u1']);
  // A Cancel is not a fault: nothing is counted against the file.
  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 0],
  ]);
  await expectBothLoadByThemselves(storage);
});

test('a kept file whose loads broke the engine twice in a row waits for the user, still kept', async () => {
  const storage = await afterTwoFaults();

  // The third visit does not try it: it is listed, with why, and nothing of it is in the queue.
  const third = await visit(storage, 'trap');
  third.start();
  await settle(third);
  expect(loadedIds(third)).toEqual(['annual_absence', 'u1']);
  expect(kept(third, 'u2')).toMatchObject({
    loadFaults: 2,
    status: { kind: 'not-loaded', reason: { kind: 'held-back', faults: 2 } },
  });
  expect(await stored(storage)).toEqual([
    ['u1', 'x.csv', 0],
    ['u2', 'y.csv', 2],
  ]);
  expect(await third.engine.query('SELECT rate FROM ds_u1')).toEqual([{ rate: 1 }]);

  // Held back, it can still be removed on the user's word, and is then gone for good.
  await third.remove('u2');
  expect(await stored(storage)).toEqual([['u1', 'x.csv', 0]]);
  expect(third.getState().savedFiles?.map((f) => f.id)).toEqual(['u1']);
});

test('Load again after two faults loads it, and the next visit loads it by itself', async () => {
  const storage = await afterTwoFaults();
  const store = await visit(storage);
  store.start();
  await settle(store);
  expect(kept(store, 'u2')?.status.kind).toBe('not-loaded');
  expect((await store.loadAgain('u2'))?.id).toBe('u2');
  await expectBothLoadByThemselves(storage);
});
