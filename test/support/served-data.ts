import path from 'node:path';
import { vi } from 'vitest';
import { dataFile } from './dfe-files';

/**
 * The page fetches data/ files by the addresses Vite gives them; in Node there is no server, so `fetch` answers
 * each address with the real file of that name from data/ (or 404), and counts the requests.
 */
export function serveDataFolder(): { requests: string[] } {
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (url: string | URL) => {
    const name = path.basename(String(url).split('?')[0] ?? '');
    requests.push(name);
    try {
      return new Response(dataFile(name) as Uint8Array<ArrayBuffer>);
    } catch {
      return new Response(null, { status: 404 });
    }
  });
  return { requests };
}
