import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DamagedZipError, entryData, readZipDirectory } from '../../../src/data/load/zip-directory';
import { EES_VARIETY_DIR } from '../../support/ees-variety-files';
import { zipBytes } from './zip-bytes';

const CSV = 'time_period,time_identifier,geographic_level\n202425,Week 37,National\n';

describe("a zip's directory", () => {
  test('a genuine EES download: names, methods and sizes as unzip lists them', () => {
    const bytes = new Uint8Array(readFileSync(path.join(EES_VARIETY_DIR, 'SEN2_AGE_NEW.zip')));
    const entries = readZipDirectory(bytes);
    expect(entries.map(({ name, method, originalSize }) => ({ name, method, originalSize }))).toEqual([
      { name: 'SEN2_AGE_NEW.csv', method: 8, originalSize: 1033268 },
      { name: 'SEN2_AGE_NEW.meta.csv', method: 8, originalSize: 271 },
    ]);
    // Each entry's stored bytes are where its local header says, and as long as the directory says.
    const files = unzipSync(bytes);
    for (const entry of entries) {
      expect(entryData(bytes, entry)).toHaveLength(entry.compressedSize);
      expect(files[entry.name]).toHaveLength(entry.originalSize);
    }
  });

  test('stored and deflated entries written by fflate, with folders and UTF-8 names', () => {
    const bytes = zipSync({
      'a/same.csv': [new TextEncoder().encode(CSV), { level: 0 }],
      'b/Ynys Môn.csv': [new TextEncoder().encode(CSV.repeat(50)), { level: 9 }],
    });
    const entries = readZipDirectory(bytes);
    expect(entries.map(({ name, method, originalSize }) => [name, method, originalSize])).toEqual([
      ['a/same.csv', 0, CSV.length],
      ['b/Ynys Môn.csv', 8, CSV.length * 50],
    ]);
    expect(new TextDecoder().decode(entryData(bytes, entries[0] as (typeof entries)[0]))).toBe(CSV);
  });

  test.each([
    ['zip64 sizes in a plain-ended zip', { zip64: true }],
    ['zip64 sizes and a zip64 end record', { zip64: true, zip64End: true }],
  ])('%s', (_, options) => {
    // 5 GB does not fit 32 bits: read from the zip64 field, never as 0xFFFFFFFF (4.3 GB).
    const [entry] = readZipDirectory(
      zipBytes('data/weekly.csv', CSV, { ...options, statedSize: 5_000_000_000 }),
    );
    expect(entry).toMatchObject({
      name: 'data/weekly.csv',
      originalSize: 5_000_000_000,
      localHeaderOffset: 0,
    });
  });

  test('a zip comment after the end record', () => {
    const [entry] = readZipDirectory(zipBytes('data/weekly.csv', CSV, { comment: 'Downloaded from EES' }));
    expect(entry).toMatchObject({ name: 'data/weekly.csv', originalSize: CSV.length });
  });

  test.each([
    ['not a zip at all', new TextEncoder().encode(CSV), /no zip directory/],
    ['cut short before its directory', zipBytes('a.csv', CSV).subarray(0, 60), /no zip directory/],
    [
      'a directory pointing past its end',
      (() => {
        const bytes = zipBytes('a.csv', CSV).slice();
        const end = bytes.length - 22;
        new DataView(bytes.buffer).setUint32(end + 16, bytes.length + 100, true);
        return bytes;
      })(),
      /points past its end/,
    ],
    [
      'a damaged central header',
      (() => {
        const bytes = zipBytes('a.csv', CSV).slice();
        const end = bytes.length - 22;
        const at = new DataView(bytes.buffer).getUint32(end + 16, true);
        bytes[at] = 0;
        return bytes;
      })(),
      /directory is damaged/,
    ],
  ])('refused: %s', (_, bytes, message) => {
    expect(() => readZipDirectory(bytes)).toThrow(DamagedZipError);
    expect(() => readZipDirectory(bytes)).toThrow(message);
  });

  test("an entry whose data runs past the zip's end, or whose local header is gone", () => {
    const bytes = zipBytes('a.csv', CSV, { method: 0 });
    const [entry] = readZipDirectory(bytes);
    if (!entry) throw new Error('no entry');
    expect(() => entryData(bytes, { ...entry, compressedSize: bytes.length })).toThrow(
      /“a.csv” runs past the end/,
    );
    expect(() => entryData(bytes, { ...entry, localHeaderOffset: 5 })).toThrow(
      /the header of “a.csv” is missing/,
    );
  });
});
