import type { DBSchema } from 'idb';
import { databaseOpener } from './database-opener';
import { storageProblem } from './storage-problem';

/**
 * Files the user added, kept in the browser's own storage (IndexedDB, which holds a file's bytes on disk without
 * reading them into memory) so they load again after a reload. Nothing here leaves the browser.
 */
export const SAVED_FILES_DATABASE = 'attendance-lens-files';

/** What is kept of one added file: the bytes, and what the app needs to load them again as the same dataset. */
export interface SavedFile {
  /** The dataset id (`u1`), kept so that links to it (`?ds=u1`) keep working after a reload. */
  id: string;
  /** The file's name as loaded, e.g. `download.zip/data/absence.csv`. */
  name: string;
  title: string;
  fingerprint: string;
  /** Its `.meta.csv`, when one was added with it. */
  metaText: string | null;
  savedAt: string;
  data: Blob;
}

/**
 * A kept file as listed, with how many of its loads in a row the data engine broke under (0 once one went well).
 * Kept beside the file, not in it, so it holds whatever form the file is kept in.
 */
export interface ListedFile extends SavedFile {
  loadFaults: number;
}

/** Where added files are kept; the dataset store is given one, so its tests can keep them in a fake IndexedDB. */
export interface SavedFiles {
  /**
   * The next `count` dataset ids (`u7`, `u8`), from a counter kept beside the files: ids are never reused, even
   * after a reload or in another tab, so a link to an added file never opens a different one.
   */
  reserveIds(count: number): Promise<string[]>;
  /**
   * Keeps a file, unless a file of the same content is kept already (another tab added it meanwhile): one
   * transaction looks and writes, so two tabs cannot both keep it. Fails with a {@link SavedFileError} that says in
   * plain words why it could not keep the file.
   */
  save(file: Omit<SavedFile, 'savedAt'>): Promise<void>;
  /** The kept file whose content has this fingerprint, if one is. */
  findByFingerprint(fingerprint: string): Promise<SavedFile | null>;
  /** Every saved file, oldest first (the order they were added). */
  list(): Promise<ListedFile[]>;
  /** One saved file, or null when it is not (or no longer) kept. */
  get(id: string): Promise<ListedFile | null>;
  /** Records how many loads of a kept file in a row the engine broke under. */
  setLoadFaults(id: string, count: number): Promise<void>;
  /** Deletes a kept file, with what was recorded about its loads. */
  remove(id: string): Promise<void>;
}

/** A storage failure in plain words: what happened to the file and what the user can do. */
export class SavedFileError extends Error {
  override readonly name = 'SavedFileError';
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/** A file added in two tabs at once: the tab that kept it second says so. */
export const keptElsewhere = (fileName: string, title: string) =>
  `${fileName} is already kept in this browser as “${title}” (added in another tab), so it was not kept twice. It stays in this tab until you reload; after that it opens once, from the kept copy.`;

interface FilesDb extends DBSchema {
  files: { key: string; value: SavedFile };
  counters: { key: string; value: number };
  'load-faults': { key: string; value: number };
}

const USER_FILE_COUNTER = 'user-file';
const idNumber = (id: string) => Number(id.replace(/^\D+/, ''));

/** Asks that the browser not clear the site's storage when disk runs low; it may say no, which is not an error. */
async function askForPersistence(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  await navigator.storage.persist().catch(() => false);
}

export function indexedDbSavedFiles(databaseName = SAVED_FILES_DATABASE): SavedFiles {
  let persistenceAsked = false;
  const open = databaseOpener<FilesDb>(databaseName, 2, (db, oldVersion) => {
    if (oldVersion < 1) {
      db.createObjectStore('files', { keyPath: 'id' });
      db.createObjectStore('counters');
    }
    // Version 2: load faults beside the files, so that one that keeps breaking the engine is held back.
    if (oldVersion < 2) db.createObjectStore('load-faults');
  });

  return {
    async reserveIds(count) {
      const db = await open();
      const tx = db.transaction('counters', 'readwrite');
      const last = (await tx.store.get(USER_FILE_COUNTER)) ?? 0;
      await tx.store.put(last + count, USER_FILE_COUNTER);
      await tx.done;
      return Array.from({ length: count }, (_, i) => `u${last + i + 1}`);
    },
    async save(file) {
      try {
        if (!persistenceAsked) {
          persistenceAsked = true;
          await askForPersistence();
        }
        const tx = (await open()).transaction('files', 'readwrite');
        const kept = (await tx.store.getAll()).find(
          (other) => other.fingerprint === file.fingerprint && other.id !== file.id,
        );
        if (!kept) await tx.store.put({ ...file, savedAt: new Date().toISOString() });
        await tx.done;
        if (kept) throw new SavedFileError(keptElsewhere(file.name, kept.title), null);
      } catch (error) {
        if (error instanceof SavedFileError) throw error;
        throw new SavedFileError(storageProblem(file.name, error), error);
      }
    },
    async findByFingerprint(fingerprint) {
      const files = await (await open()).getAll('files');
      return files.find((file) => file.fingerprint === fingerprint) ?? null;
    },
    async list() {
      const tx = (await open()).transaction(['files', 'load-faults']);
      const [files, faultIds, faults] = await Promise.all([
        tx.objectStore('files').getAll(),
        tx.objectStore('load-faults').getAllKeys(),
        tx.objectStore('load-faults').getAll(),
      ]);
      const faultsById = new Map(faultIds.map((id, i) => [id, faults[i] ?? 0]));
      return files
        .map((file) => ({ ...file, loadFaults: faultsById.get(file.id) ?? 0 }))
        .sort((a, b) => idNumber(a.id) - idNumber(b.id));
    },
    async get(id) {
      const tx = (await open()).transaction(['files', 'load-faults']);
      const [file, faults] = await Promise.all([
        tx.objectStore('files').get(id),
        tx.objectStore('load-faults').get(id),
      ]);
      return file ? { ...file, loadFaults: faults ?? 0 } : null;
    },
    async setLoadFaults(id, count) {
      const db = await open();
      if (count > 0) await db.put('load-faults', count, id);
      else await db.delete('load-faults', id);
    },
    async remove(id) {
      const tx = (await open()).transaction(['files', 'load-faults'], 'readwrite');
      await Promise.all([
        tx.objectStore('files').delete(id),
        tx.objectStore('load-faults').delete(id),
        tx.done,
      ]);
    },
  };
}
