/**
 * The files kept in this browser, as the page knows them: whether each is loaded, on its way, or not loaded this
 * time and why, and how many of its loads in a row broke the engine. Changed only by {@link StoredFileAction}s.
 * A kept file leaves this list only by `removed`, which only the user's Remove leads to: a fault or a Cancel while
 * it loads leaves it kept and listed, with the reason.
 */

/** Why a kept file is not loaded now. */
export type NotLoadedReason =
  /** The engine broke while this file was loading (`detail`: what the engine said). */
  | { kind: 'fault'; detail: string }
  | { kind: 'cancelled' }
  /** The file could not be loaded for a reason of its own (`detail`: the load's message). */
  | { kind: 'problem'; detail: string }
  /** Not tried at start-up: its last loads in a row each broke the engine. */
  | { kind: 'held-back'; faults: number }
  /** The engine broke again before answering anything, so it was started without the added files. */
  | { kind: 'left-out' };

export type StoredFileStatus =
  { kind: 'coming' } | { kind: 'loaded' } | { kind: 'not-loaded'; reason: NotLoadedReason };

export interface StoredFile {
  /** The dataset id it loads as (`u2`). */
  id: string;
  title: string;
  fileName: string;
  /** Loads of it in a row the engine broke under; kept in storage beside the file. */
  loadFaults: number;
  status: StoredFileStatus;
  /** Bytes its original takes in this browser's storage. */
  bytes: number;
  /** Bytes its typed form (the quick-open copy) takes; 0 while none is kept. */
  typedBytes: number;
}

/** What storage holds of one kept file, as listed at start-up. */
export interface ListedStoredFile {
  id: string;
  title: string;
  name: string;
  loadFaults: number;
  bytes: number;
}

export type StoredFileAction =
  /** Listed from storage at start-up; each is loaded then unless its loads keep breaking the engine. */
  | { type: 'listed'; files: readonly ListedStoredFile[] }
  /** A file added on this visit has loaded and is now kept. */
  | { type: 'kept'; id: string; title: string; fileName: string; bytes: number }
  /** Its typed form was kept (`bytes`), or deleted or refused by storage (0). */
  | { type: 'typed-kept'; id: string; bytes: number }
  /** Its load is in the queue (Load again). */
  | { type: 'coming'; id: string }
  | { type: 'loaded'; id: string }
  | { type: 'not-loaded'; id: string; reason: NotLoadedReason }
  | { type: 'removed'; id: string };

/** After this many loads in a row that broke the engine, a kept file is not loaded at start-up any more. */
export const MOST_LOAD_FAULTS_AT_START = 2;

/** Whether start-up loads this kept file by itself. */
export const loadsAtStart = (file: { loadFaults: number }): boolean =>
  file.loadFaults < MOST_LOAD_FAULTS_AT_START;

function statusAtStart(loadFaults: number): StoredFileStatus {
  return loadsAtStart({ loadFaults })
    ? { kind: 'coming' }
    : { kind: 'not-loaded', reason: { kind: 'held-back', faults: loadFaults } };
}

function faultsAfter(file: StoredFile, action: StoredFileAction): number {
  if (action.type === 'loaded') return 0;
  if (action.type === 'not-loaded' && action.reason.kind === 'fault') return file.loadFaults + 1;
  return file.loadFaults;
}

export function storedFilesReducer(
  files: readonly StoredFile[] | null,
  action: StoredFileAction,
): readonly StoredFile[] | null {
  switch (action.type) {
    case 'listed':
      return action.files.map((file) => ({
        id: file.id,
        title: file.title,
        fileName: file.name,
        loadFaults: file.loadFaults,
        status: statusAtStart(file.loadFaults),
        bytes: file.bytes,
        // Read after the list, off the path of the restore: see kept-files.ts.
        typedBytes: 0,
      }));
    case 'kept': {
      const kept: StoredFile = {
        id: action.id,
        title: action.title,
        fileName: action.fileName,
        loadFaults: 0,
        status: { kind: 'loaded' },
        bytes: action.bytes,
        typedBytes: 0,
      };
      return [...(files ?? []).filter((f) => f.id !== action.id), kept];
    }
    case 'removed':
      return files && files.filter((f) => f.id !== action.id);
    case 'typed-kept':
      return files && files.map((f) => (f.id === action.id ? { ...f, typedBytes: action.bytes } : f));
    case 'coming':
    case 'loaded':
    case 'not-loaded': {
      const status: StoredFileStatus =
        action.type === 'not-loaded' ? { kind: 'not-loaded', reason: action.reason } : { kind: action.type };
      return (
        files &&
        files.map((file) =>
          file.id === action.id ? { ...file, status, loadFaults: faultsAfter(file, action) } : file,
        )
      );
    }
  }
}

/** The kept files not loaded now, which the data panel offers to load again or remove. */
export const notLoaded = (files: readonly StoredFile[] | null): StoredFile[] =>
  (files ?? []).filter((file) => file.status.kind === 'not-loaded');

/** Bytes a kept file takes in this browser's storage: its original and its typed form. */
export const storedBytes = (file: Pick<StoredFile, 'bytes' | 'typedBytes'>): number =>
  file.bytes + file.typedBytes;

/** Bytes every kept file takes together. */
export const totalStoredBytes = (files: readonly StoredFile[] | null): number =>
  (files ?? []).reduce((sum, file) => sum + storedBytes(file), 0);
