import 'fake-indexeddb/auto';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { expect, test } from 'vitest';
import { databaseOpener } from '../../../src/data/persist/database-opener';

interface NotesDb extends DBSchema {
  notes: { key: string; value: string };
}

const makeNotes = (db: IDBPDatabase<NotesDb>) => {
  if (!db.objectStoreNames.contains('notes')) db.createObjectStore('notes');
};

test('opens the database once, on first use, with its stores made by the upgrade', async () => {
  const open = databaseOpener<NotesDb>('opener-once', 1, makeNotes);
  const first = open();
  expect(open()).toBe(first);
  await (await first).put('notes', 'kept', 'a');
  expect(await (await open()).get('notes', 'a')).toBe('kept');
});

test('closes its connection when another tab asks for a newer version, and forgets it and the open that failed', async () => {
  const open = databaseOpener<NotesDb>('opener-blocking', 1, makeNotes);
  const before = await open();
  await before.put('notes', 'kept', 'a');
  // Another tab's upgrade would wait forever if the open connection were not closed.
  const newer = await openDB('opener-blocking', 2);
  newer.close();
  const after = open();
  await expect(after).rejects.toThrow(/version/i);
  // The failed open is forgotten too: the next call tries again rather than keep the failure.
  const again = open();
  expect(again).not.toBe(after);
  await expect(again).rejects.toThrow(/version/i);
});
