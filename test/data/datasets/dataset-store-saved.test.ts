import 'fake-indexeddb/auto';
import { beforeAll, expect, test } from 'vitest';
import { createDatasetStore, type DatasetStore } from '../../../src/data/datasets/dataset-store';
import { indexedDbSavedFiles, type SavedFiles } from '../../../src/data/persist/saved-files';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { fetchDataFile, manifestWith } from '../../support/default-datasets';
import { rateFile } from './rate-file';
import { until } from './store-until';

// The first view's file and one background file: enough to see where restored files come in the start-up order.
const manifest = manifestWith(['annual_absence', 'attendance_ytd']);

let engine: SqlEngine;
let databases = 0;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** A fresh browser storage for each test; `reopen` is the same storage as a page loaded again sees it. */
function browserStorage(): { savedFiles: SavedFiles; reopen: () => SavedFiles } {
  const name = `saved-files-test-${++databases}`;
  return { savedFiles: indexedDbSavedFiles(name), reopen: () => indexedDbSavedFiles(name) };
}

const storeWith = (savedFiles: SavedFiles): DatasetStore =>
  createDatasetStore({ engine, manifest, fetchFile: fetchDataFile, savedFiles });

const names = (store: DatasetStore) => store.getState().datasets.map((d) => [d.id, d.title, d.live]);

test('after a reload, kept files load right after the default data (attached in milliseconds), under their ids', async () => {
  const { savedFiles, reopen } = browserStorage();
  const before = storeWith(savedFiles);
  await before.addFiles([rateFile('x.csv', 1), rateFile('y.csv', 2)]);
  expect((await savedFiles.list()).map((f) => [f.id, f.name])).toEqual([
    ['u1', 'x.csv'],
    ['u2', 'y.csv'],
  ]);

  const after = storeWith(reopen());
  after.start();
  // A kept file is marked loaded just after its dataset is listed (the load's promise settles first).
  await until(
    after,
    (s) =>
      s.datasets.length === 4 &&
      s.jobs.length === 0 &&
      (s.savedFiles ?? []).every((f) => f.status.kind !== 'coming'),
  );
  expect(names(after)).toEqual([
    ['annual_absence', expect.any(String), true],
    ['attendance_ytd', expect.any(String), true],
    ['u1', 'x.csv', true],
    ['u2', 'y.csv', true],
  ]);
  expect(after.getState().savedFiles?.map((f) => [f.id, f.title, f.status.kind])).toEqual([
    ['u1', 'x.csv', 'loaded'],
    ['u2', 'y.csv', 'loaded'],
  ]);
  expect(await engine.query('SELECT rate FROM ds_u2')).toEqual([{ rate: 2 }]);
  // Ids come from the kept counter: the next file is u3, never a second u1.
  const [next] = await after.addFiles([rateFile('z.csv', 3)]);
  expect(next?.id).toBe('u3');
});

test.each([
  {
    case: 'the same file under another name',
    again: () => rateFile('renamed copy.csv', 1),
    loadedAs: 'x.csv',
  },
  { case: 'the same file again', again: () => rateFile('x.csv', 1), loadedAs: 'x.csv' },
])('$case is not loaded twice, and the message names the dataset that has it', async ({ again }) => {
  const store = storeWith(browserStorage().savedFiles);
  await store.addFiles([rateFile('x.csv', 1)]);
  const added = again();
  expect(await store.addFiles([added])).toEqual([null]);
  expect(store.getState().problems.map((p) => p.message)).toEqual([
    `${added.name} is already loaded as “x.csv”, so it was not added again.`,
  ]);
  expect(names(store)).toEqual([['u1', 'x.csv', true]]);
});

test('files of one name from different folders get titles that tell them apart', async () => {
  const store = storeWith(browserStorage().savedFiles);
  await store.addFiles([rateFile('download.zip/a/same.csv', 1), rateFile('download.zip/b/same.csv', 2)]);
  expect(names(store)).toEqual([
    ['u1', 'same.csv (a)', true],
    ['u2', 'same.csv (b)', true],
  ]);
});

test('Remove deletes the saved copy, so the file does not come back on the next visit', async () => {
  const { savedFiles, reopen } = browserStorage();
  const store = storeWith(savedFiles);
  await store.addFiles([rateFile('gone.csv', 4), rateFile('stays.csv', 5)]);
  await store.remove('u1');
  expect((await savedFiles.list()).map((f) => f.id)).toEqual(['u2']);
  expect(store.getState().savedFiles?.map((f) => [f.id, f.title])).toEqual([['u2', 'stays.csv']]);

  const next = storeWith(reopen());
  next.start();
  await until(next, (s) => s.datasets.length === 3 && s.jobs.length === 0);
  expect(names(next).map(([id]) => id)).toEqual(['annual_absence', 'attendance_ytd', 'u2']);
});
