import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import type { Marker } from './event';
import { describeErrors, validateMarker } from './marker-validate';

export const MARKER_DATABASE = 'attendance-lens-markers';
const STORE = 'markers';

interface MarkerDb extends DBSchema {
  markers: { key: string; value: Marker; indexes: { 'by-start': string } };
}

type Mode = 'readonly' | 'readwrite';
type Store<M extends Mode> = IDBPObjectStore<MarkerDb, ['markers'], 'markers', M>;
export type MarkerOperation = 'open' | 'list' | 'add' | 'update' | 'delete' | 'restore' | 'import';

/** Every storage failure, saying what was attempted; `cause` keeps the browser's own error. */
export class MarkerStoreError extends Error {
  override readonly name = 'MarkerStoreError';
  constructor(
    message: string,
    readonly operation: MarkerOperation,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/**
 * Another tab saved or deleted the marker since this tab read it: the change is refused, and `current` is what is
 * stored now (null when it was deleted), for the UI to show.
 */
export class MarkerConflictError extends MarkerStoreError {
  constructor(
    operation: MarkerOperation,
    readonly current: Marker | null,
  ) {
    const refused =
      operation === 'delete'
        ? 'it was not deleted'
        : operation === 'restore'
          ? 'Undo was not applied'
          : 'your changes were not saved';
    super(
      current
        ? `“${current.title}” was changed in another tab or window since you opened it, so ${refused}`
        : `this marker was deleted in another tab or window, so ${refused}`,
      operation,
      null,
    );
  }
}

/**
 * Members' markers, each stored with a revision. `update` and `remove` check the revision the caller read and resolve
 * to the previous value, which `restore` puts back (undo) if nothing changed since. `importAll` is one transaction.
 */
export interface MarkerStore {
  list(): Promise<Marker[]>;
  add(marker: Marker): Promise<Marker>;
  update(marker: Marker): Promise<{ previous: Marker; saved: Marker }>;
  remove(id: string, revision?: number): Promise<Marker>;
  /** Puts `previous` back if the stored marker is still at `expected` (null: still absent). */
  restore(previous: Marker, expected: number | null): Promise<Marker>;
  importAll(add: readonly Marker[], replace: readonly Marker[]): Promise<Marker[]>;
  close(): void;
}

function reason(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') {
    return "the browser's storage for this site is full; export and delete old markers or free disk space, then try again";
  }
  if (name === 'ConstraintError') return 'a marker with this id already exists';
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function abortQuietly(tx: IDBPTransaction<MarkerDb, ['markers'], Mode>): void {
  try {
    tx.abort();
  } catch (error) {
    // A transaction that already committed or failed cannot be aborted, and has nothing left to undo.
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
  }
}

/**
 * Runs one operation in its own transaction. IndexedDB transactions are atomic, so when any request fails (a full
 * disk raises QuotaExceededError, sometimes only at commit) nothing of the operation is kept.
 */
async function run<T, M extends Mode>(
  db: IDBPDatabase<MarkerDb>,
  operation: MarkerOperation,
  mode: M,
  work: (store: Store<M>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<MarkerDb, ['markers'], M>;
  try {
    tx = db.transaction(STORE, mode);
  } catch (error) {
    throw new MarkerStoreError(`could not ${operation} marker: ${reason(error)}`, operation, error);
  }
  // Watched from the start so an aborted transaction never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? new Error('transaction aborted'),
  );
  try {
    const result = await work(tx.store);
    const failure = await done;
    if (failure !== null) throw failure;
    return result;
  } catch (error) {
    abortQuietly(tx);
    await done;
    if (error instanceof MarkerStoreError) throw error;
    const unchanged = mode === 'readwrite' ? ' Stored markers are unchanged.' : '';
    throw new MarkerStoreError(
      `could not ${operation} marker: ${reason(error)}.${unchanged}`,
      operation,
      error,
    );
  }
}

function valid(marker: Marker, operation: MarkerOperation): Marker {
  const result = validateMarker(marker, () => {
    throw new MarkerStoreError(`could not ${operation} marker: it has no id`, operation, null);
  });
  if (!result.ok) {
    throw new MarkerStoreError(
      `could not ${operation} marker: ${describeErrors(result.errors)}`,
      operation,
      null,
    );
  }
  return result.marker;
}

/** Markers stored before revisions were kept count as revision 0. */
const revisionOf = (marker: Marker | undefined): number => marker?.revision ?? 0;

/** The stored marker, provided it is still the revision the caller read (when the caller says which it read). */
async function existing(
  store: Store<'readwrite'>,
  id: string,
  operation: MarkerOperation,
  revision?: number,
): Promise<Marker> {
  const previous = await store.get(id);
  if (!previous && revision !== undefined) throw new MarkerConflictError(operation, null);
  if (!previous)
    throw new MarkerStoreError(`could not ${operation} marker: no marker has id ${id}`, operation, null);
  if (revision !== undefined && revisionOf(previous) !== revision)
    throw new MarkerConflictError(operation, previous);
  return previous;
}

export async function openMarkerStore(name: string = MARKER_DATABASE): Promise<MarkerStore> {
  let db: IDBPDatabase<MarkerDb>;
  try {
    db = await openDB<MarkerDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore(STORE, { keyPath: 'id' }).createIndex('by-start', 'start');
      },
      // Another tab needs a newer schema: let go rather than leave it waiting until this tab closes.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    throw new MarkerStoreError(`could not open marker storage: ${reason(error)}`, 'open', error);
  }
  return {
    list: () => run(db, 'list', 'readonly', (store) => store.index('by-start').getAll()),
    add: async (marker) => {
      const checked = { ...valid(marker, 'add'), revision: 1 };
      await run(db, 'add', 'readwrite', (store) => store.add(checked));
      return checked;
    },
    update: async (marker) => {
      const checked = valid(marker, 'update');
      return run(db, 'update', 'readwrite', async (store) => {
        const previous = await existing(store, checked.id, 'update', revisionOf(marker));
        const saved = { ...checked, revision: revisionOf(previous) + 1 };
        await store.put(saved);
        return { previous, saved };
      });
    },
    remove: (id, revision) =>
      run(db, 'delete', 'readwrite', async (store) => {
        const previous = await existing(store, id, 'delete', revision);
        await store.delete(id);
        return previous;
      }),
    restore: async (previous, expected) => {
      const checked = valid(previous, 'restore');
      return run(db, 'restore', 'readwrite', async (store) => {
        const current = await store.get(checked.id);
        if ((current ? revisionOf(current) : null) !== expected)
          throw new MarkerConflictError('restore', current ?? null);
        // Revisions only grow, so a tab still holding the restored text as it was before is refused too.
        const restored = { ...checked, revision: Math.max(revisionOf(previous), revisionOf(current)) + 1 };
        await store.put(restored);
        return restored;
      });
    },
    importAll: async (add, replace) => {
      const fresh = add.map((marker) => ({ ...valid(marker, 'import'), revision: 1 }));
      const replacing = replace.map((marker) => valid(marker, 'import'));
      // One transaction: a failure, a full disk or the page closing half way keeps none of the file.
      return run(db, 'import', 'readwrite', async (store) => {
        const saved: Marker[] = [];
        for (const marker of fresh) {
          await store.add(marker);
          saved.push(marker);
        }
        for (const marker of replacing) {
          const replaced = { ...marker, revision: revisionOf(await store.get(marker.id)) + 1 };
          await store.put(replaced);
          saved.push(replaced);
        }
        return saved;
      });
    },
    close: () => db.close(),
  };
}
