import { openDB } from 'idb';

/**
 * Copies the IndexedDB database `from` into a new database `to`: its version, every object store (with its key path
 * and key generator) and every record under its own key. Tests of a later visit start from a copy of the storage an
 * earlier visit left, as a copy of a browser's profile would, instead of repeating that visit (a real engine each).
 */
export async function copyDatabase(from: string, to: string): Promise<void> {
  const source = await openDB(from);
  if (source.objectStoreNames.length === 0) throw new Error(`copyDatabase: ${from} holds nothing to copy`);
  const stores = await Promise.all(
    [...source.objectStoreNames].map(async (name) => {
      const store = source.transaction(name).store;
      if (store.indexNames.length > 0)
        throw new Error(`copyDatabase: ${from}.${name} has indexes, which this copy does not make`);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, keys, values };
    }),
  );
  const version = source.version;
  source.close();

  const target = await openDB(to, version, {
    upgrade(db, oldVersion) {
      if (oldVersion !== 0) throw new Error(`copyDatabase: ${to} exists already`);
      for (const { name, keyPath, autoIncrement } of stores)
        db.createObjectStore(name, { keyPath, autoIncrement });
    },
  });
  const tx = target.transaction(
    stores.map((s) => s.name),
    'readwrite',
  );
  await Promise.all([
    ...stores.flatMap(({ name, keyPath, keys, values }) =>
      // A store with a key path finds each record's key in the record itself; one without is given it.
      values.map((value, i) => tx.objectStore(name).put(value, keyPath === null ? keys[i] : undefined)),
    ),
    tx.done,
  ]);
  target.close();
}
