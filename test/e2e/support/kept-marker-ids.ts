import type { Page } from 'playwright-core';

/**
 * The ids of the members' markers this browser keeps (IndexedDB), read in the page: none when the app has not made
 * its marker store yet. Tests read storage, not the list shown, to check what survives a reload or a bad file.
 */
export function keptMarkerIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('attendance-lens-markers');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('markers')) return resolve([]);
          const all = db.transaction('markers').objectStore('markers').getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
