import type { Page } from 'playwright-core';

/**
 * The ids of the members' markers this browser keeps (IndexedDB), read in the page: none when the app has not made
 * its marker store yet. Tests read storage, not the list shown, to check what survives a reload or a bad file. A
 * database the app has not made is not opened: opening it would make an empty one the app's own open then finds at
 * its version already, without its store.
 */
export function keptMarkerIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = 'attendance-lens-markers';
    if (!(await indexedDB.databases()).some((database) => database.name === name)) return [];
    return new Promise<string[]>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const done = (ids: string[]) => {
          db.close();
          resolve(ids);
        };
        if (!db.objectStoreNames.contains('markers')) return done([]);
        const all = db.transaction('markers').objectStore('markers').getAllKeys();
        all.onsuccess = () => done(all.result.map(String));
        all.onerror = () => reject(all.error);
      };
    });
  });
}
