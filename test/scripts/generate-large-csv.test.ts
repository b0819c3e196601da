import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateLargeCsv, HEADER } from '../../scripts/generate-large-csv';
import { EES_PLACE_COLUMNS_TO_LA } from '../support/ees-place-columns';

const EES_ID_COLUMNS = [
  'time_period',
  'time_identifier',
  ...EES_PLACE_COLUMNS_TO_LA,
  'old_la_code',
  'education_phase',
];
// sha256 of the 2,000-row file with seed 1: the same bytes on every machine and Node version.
const SEED_1_SHA256 = '6c212b31f72729d2d9d4316f750b0a4702a1e8b123e19083d5133f14b620feae';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'generate-large-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function generate(name: string, rows: number, seed?: number): Promise<{ text: string; bytes: number }> {
  const out = path.join(dir, name);
  const result = await generateLargeCsv({ rows, out, seed });
  const text = await readFile(out, 'utf8');
  expect(result).toEqual({ rows, bytes: Buffer.byteLength(text) });
  return { text, bytes: result.bytes };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('generateLargeCsv', () => {
  test('writes the asked number of EES-shaped rows', async () => {
    const { text } = await generate('rows.csv', 2000);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header = [], ...rows] = parsed.data;
    expect(header).toEqual(HEADER);
    expect(header.slice(0, EES_ID_COLUMNS.length)).toEqual(EES_ID_COLUMNS);
    expect(header.length - EES_ID_COLUMNS.length).toBeGreaterThanOrEqual(20);
    expect(rows).toHaveLength(2000);
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(row[1]).toMatch(/^Week \d{1,2}$/);
      expect(['National', 'Regional', 'Local authority']).toContain(row[2]);
      expect(row.slice(3, 5)).toEqual(['E92000001', 'England']);
    }
    const cells = rows.flatMap((row) => row.slice(EES_ID_COLUMNS.length));
    expect(cells).toContain('c');
    expect(cells).toContain('x');
    expect(cells.every((cell) => cell === 'c' || cell === 'x' || /^\d+(\.\d)?$/.test(cell))).toBe(true);
    expect(text.split('\n').filter((line) => line.includes('"Bristol, City of"')).length).toBeGreaterThan(0);
  });

  test.each([
    { case: 'same seed, same bytes', seed: 1, same: true },
    { case: 'another seed, other bytes', seed: 2, same: false },
  ])('is deterministic: $case', async ({ seed, same }) => {
    const first = await generate('first.csv', 2000, 1);
    const second = await generate(`seed-${seed}.csv`, 2000, seed);
    expect(sha256(first.text)).toBe(SEED_1_SHA256);
    expect(sha256(second.text) === SEED_1_SHA256).toBe(same);
  });

  test('pads la_name on line 2 for the very-long-line case', async () => {
    const out = path.join(dir, 'long-line.csv');
    await generateLargeCsv({ rows: 3, out, longFieldBytes: 2_097_152 });
    const lines = (await readFile(out, 'utf8')).split('\n');
    const laName = lines[1]?.split(',')[HEADER.indexOf('la_name')] ?? '';
    expect(laName).toHaveLength(2_097_152);
    expect(lines[2]?.length).toBeLessThan(300);
  });
});

const run = promisify(execFile);
const script = path.resolve('scripts/generate-large-csv.ts');

describe('generate-large-csv command', () => {
  test('prints the bytes written', async () => {
    const out = path.join(dir, 'cli.csv');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--rows', '10', '--out', out]);
    const written = (await readFile(out)).length;
    expect(stdout.replace(/in \d+\.\d s\n$/, 'in … s')).toBe(
      `wrote ${written} bytes (10 rows) to ${out} in … s`,
    );
  });

  test.each([
    { args: ['--rows', '10'], message: 'missing --out' },
    { args: ['--rows', 'ten', '--out', 'x.csv'], message: '--rows must be a whole number' },
  ])('refuses $args', async ({ args, message }) => {
    await expect(run(process.execPath, ['--import', 'tsx', script, ...args])).rejects.toThrow(message);
  });
});
