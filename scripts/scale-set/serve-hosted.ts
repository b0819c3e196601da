import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** What a served range covers, or why it cannot be served (a range past the file's end). */
export type RangeAnswer = { start: number; end: number } | 'whole' | 'unsatisfiable';

/** A `Range: bytes=…` header against a file of `size` bytes (one range; a list of ranges is served whole). */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (!header) return 'whole';
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return 'whole';
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'whole';
  // RFC 9110 §14.1.1: a range whose last byte is before its first is invalid, and an invalid range is ignored.
  if (from !== '' && to !== '' && Number(to) < Number(from)) return 'whole';
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

/** A path's percent-decoding, or null where it is not valid UTF-8 percent-encoding (`%E0%A4%A`): a 400, not a 500. */
function decodedPath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export interface HostedFiles {
  /** Answers requests under `prefix` from `dir`; calls `next` for every other request. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  /** Body bytes sent so far and the requests that sent them (a HEAD sends none). */
  served(): { bytes: number; requests: number };
}

/**
 * A hosted set served as static hosts serve it: `Accept-Ranges: bytes`, a 206 with `Content-Range` for a range, a
 * HEAD answered with the headers alone, and nothing outside `dir`. DuckDB-WASM asks with `HEAD` and `Range: bytes=0-`
 * to learn the size, then reads blocks by ranges. Counts what it sends, for the bench and the tests.
 */
export function hostedFiles(dir: string, prefix = '/hosted/'): HostedFiles {
  const root = path.resolve(dir);
  let bytes = 0;
  let requests = 0;
  return {
    served: () => ({ bytes, requests }),
    handle(request, response, next) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(prefix) || (request.method !== 'GET' && request.method !== 'HEAD'))
        return next();
      const name = decodedPath(url.pathname.slice(prefix.length));
      if (name === null) {
        response.statusCode = 400;
        response.end();
        return;
      }
      const file = path.resolve(root, name);
      const size = file.startsWith(root + path.sep) ? statSync(file, { throwIfNoEntry: false }) : undefined;
      if (!size?.isFile()) return next();
      const range = parseRange(request.headers.range, size.size);
      response.setHeader('Accept-Ranges', 'bytes');
      response.setHeader(
        'Content-Type',
        file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
      );
      response.setHeader('Last-Modified', size.mtime.toUTCString());
      if (range === 'unsatisfiable') {
        response.statusCode = 416;
        response.setHeader('Content-Range', `bytes */${size.size}`);
        response.end();
        return;
      }
      const { start, end } = range === 'whole' ? { start: 0, end: size.size - 1 } : range;
      response.statusCode = range === 'whole' ? 200 : 206;
      if (range !== 'whole') response.setHeader('Content-Range', `bytes ${start}-${end}/${size.size}`);
      response.setHeader('Content-Length', String(end - start + 1));
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      requests += 1;
      bytes += end - start + 1;
      createReadStream(file, { start, end }).pipe(response);
    },
  };
}
