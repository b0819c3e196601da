import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/**
 * How the saved files' and typed forms' databases are opened: once, on first use, and kept open for later calls. A
 * connection another tab needs closed (it asks for a newer version) is closed and forgotten, and so is an open that
 * failed (a blocked upgrade in another tab may have ended), so the next call opens the database again.
 */
export function databaseOpener<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
): () => Promise<IDBPDatabase<Schema>> {
  let database: Promise<IDBPDatabase<Schema>> | null = null;
  return () => {
    database ??= openDB<Schema>(name, version, {
      upgrade,
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        // Opened again on the next call, at the version the other tab asked for.
        database = null;
      },
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
}
