import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { indexedDbSavedFiles } from '../../../src/data/persist/saved-files';

const record = (id: string) => ({
  id,
  name: `${id}.csv`,
  title: `${id}.csv`,
  fingerprint: `print-${id}`,
  metaText: null,
  savedAt: '2026-01-01T00:00:00.000Z',
  data: new Blob(['time_period\n202324']),
});

test('files kept by the first version are listed, with no load faults, and faults are recorded beside them', async () => {
  // The first version's database: files and the id counter only.
  const v1 = await openDB('saved-files-v1', 1, {
    upgrade(db) {
      db.createObjectStore('files', { keyPath: 'id' });
      db.createObjectStore('counters');
    },
  });
  await v1.put('files', record('u1'));
  await v1.put('counters', 1, 'user-file');
  v1.close();

  const saved = indexedDbSavedFiles('saved-files-v1');
  expect((await saved.list()).map((f) => [f.id, f.loadFaults])).toEqual([['u1', 0]]);
  await saved.setLoadFaults('u1', 2);
  expect((await saved.get('u1'))?.loadFaults).toBe(2);
  expect(await saved.reserveIds(1)).toEqual(['u2']);

  // The same storage, as the next page sees it.
  const next = indexedDbSavedFiles('saved-files-v1');
  expect((await next.list()).map((f) => [f.id, f.loadFaults])).toEqual([['u1', 2]]);
  await next.setLoadFaults('u1', 0);
  expect((await next.get('u1'))?.loadFaults).toBe(0);
});

test('Remove deletes the file and what was recorded of its loads', async () => {
  const saved = indexedDbSavedFiles('saved-files-remove');
  await saved.save(record('u1'));
  await saved.setLoadFaults('u1', 1);
  await saved.remove('u1');
  expect(await saved.list()).toEqual([]);
  expect(await saved.get('u1')).toBeNull();
  // A file of the same id later starts with no faults.
  await saved.save(record('u1'));
  expect((await saved.get('u1'))?.loadFaults).toBe(0);
});
