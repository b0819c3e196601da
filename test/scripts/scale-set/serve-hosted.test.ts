import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostedFiles, parseRange } from '../../../scripts/scale-set/serve-hosted';

describe('parseRange', () => {
  it.each([
    [undefined, 'whole'],
    ['bytes=0-', { start: 0, end: 99 }],
    ['bytes=10-19', { start: 10, end: 19 }],
    ['bytes=90-200', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    // An invalid range (last byte before the first) is ignored: the whole file, not a 416 (RFC 9110 §14.1.1).
    ['bytes=5-3', 'whole'],
    ['bytes=0-1,5-6', 'whole'],
    ['items=0-1', 'whole'],
  ] as const)('%s of 100 bytes: %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe('hostedFiles, as DuckDB-WASM asks for a file', () => {
  let dir = '';
  let server: Server;
  let base = '';
  const hosted = () => files;
  let files: ReturnType<typeof hostedFiles>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lens-hosted-'));
    writeFileSync(
      path.join(dir, 'part.duckdb'),
      new Uint8Array(1000).map((_, i) => i % 251),
    );
    files = hostedFiles(dir);
    server = createServer((request, response) =>
      hosted().handle(request, response, () => {
        response.statusCode = 404;
        response.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers HEAD with Range: bytes=0- by a 206 giving the whole size, and sends no body', async () => {
    const response = await fetch(`${base}/hosted/part.duckdb`, {
      method: 'HEAD',
      headers: { Range: 'bytes=0-' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(files.served()).toEqual({ bytes: 0, requests: 0 });
  });

  it('sends only the range asked for, and counts it', async () => {
    const response = await fetch(`${base}/hosted/part.duckdb`, { headers: { Range: 'bytes=500-509' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 500-509/1000');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual(
      [...Array(10)].map((_, i) => (500 + i) % 251),
    );
    expect(files.served()).toEqual({ bytes: 10, requests: 1 });
  });

  it('serves nothing outside its folder, and leaves other paths to the next handler', async () => {
    expect((await fetch(`${base}/hosted/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/hosted/missing.duckdb`)).status).toBe(404);
    expect((await fetch(`${base}/index.html`)).status).toBe(404);
    // Only a path that starts with the prefix is a hosted file, not one that holds it further on.
    expect((await fetch(`${base}/elsewhere/hosted/part.duckdb`)).status).toBe(404);
  });

  it('answers a path that is not valid percent-encoding with 400, not a server error', async () => {
    expect((await fetch(`${base}/hosted/%E0%A4%A`)).status).toBe(400);
  });

  it('sends the whole file, 200, for an invalid range', async () => {
    const response = await fetch(`${base}/hosted/part.duckdb`, { headers: { Range: 'bytes=5-3' } });
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
  });
});
