import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { inflateEntry } from '../../../src/data/load/inflate-entry';
import { DamagedZipError, readZipDirectory } from '../../../src/data/load/zip-directory';
import { EES_VARIETY_DIR } from '../../support/ees-variety-files';
import { zipBytes } from './zip-bytes';

const CSV = 'time_period,time_identifier,geographic_level,country_code,country_name,attendance_perc\n'.concat(
  '202425,Week 37,National,E92000001,England,93.1\n'.repeat(2000),
);

async function inflated(bytes: Uint8Array): Promise<string> {
  const [entry] = readZipDirectory(bytes);
  if (!entry) throw new Error('no entry');
  return new TextDecoder().decode(await inflateEntry(bytes, entry));
}

describe('unpacking one entry', () => {
  test('a genuine 15 MB EES download unpacks, slice by slice, to the bytes fflate gives', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(EES_VARIETY_DIR, 'absence_for_four_year_olds.zip')));
    const expected = unzipSync(bytes);
    for (const entry of readZipDirectory(bytes)) {
      const out = await inflateEntry(bytes, entry);
      expect(out.length).toBe(entry.originalSize);
      expect(Buffer.from(out).equals(Buffer.from(expected[entry.name] ?? []))).toBe(true);
    }
  }, 120_000);

  test.each([
    ['deflated', 8],
    ['stored', 0],
  ])('a %s entry at its stated size', async (_, method) => {
    expect(await inflated(zipBytes('w.csv', CSV, { method }))).toBe(CSV);
  });

  test('a stored entry is a copy, not a view into the zip', async () => {
    const bytes = zipBytes('w.csv', CSV, { method: 0 });
    const [entry] = readZipDirectory(bytes);
    const out = await inflateEntry(bytes, entry as NonNullable<typeof entry>);
    out[0] = 0;
    expect(await inflated(bytes)).toBe(CSV);
  });

  test.each([
    [
      'deflated, unpacking past',
      8,
      CSV.length - 1,
      /“w.csv” inside it unpacks to more than the 94 KB its header states/,
    ],
    ['deflated, stopping short of', 8, CSV.length + 10, /unpacks to less than/],
    ['stored, longer than', 0, CSV.length - 1, /unpacks to more than/],
    ['stored, shorter than', 0, CSV.length + 1, /unpacks to less than/],
  ])('%s the stated size is refused as damaged', async (_, method, statedSize, message) => {
    const attempt = inflated(zipBytes('w.csv', CSV, { method, statedSize }));
    await expect(attempt).rejects.toThrow(DamagedZipError);
    await expect(inflated(zipBytes('w.csv', CSV, { method, statedSize }))).rejects.toThrow(message);
  });

  test('a compression method the page cannot read is named', async () => {
    await expect(inflated(zipBytes('w.csv', CSV, { method: 12 }))).rejects.toThrow(
      /“w.csv” uses a compression method this page cannot read \(12\)/,
    );
  });
});
