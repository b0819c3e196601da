import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { LoadError } from '../../../src/data/load/load-error';
import { expandZips } from '../../../src/data/load/unzip-files';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { generateZipBomb, ZIP_BOMB_ENTRY } from '../../../scripts/generate-zip-bomb';
import { createNodeEngine } from '../../support/node-engine';

interface Expectation {
  outcome: 'error' | 'loads';
  reason: string;
  line?: number;
  column?: string;
  rows?: number;
}

const dir = path.resolve(import.meta.dirname, '../../fixtures/bad');
const expectations = JSON.parse(readFileSync(path.join(dir, 'expectations.json'), 'utf8')) as Record<
  string,
  Expectation
>;
let engine: SqlEngine;
let counter = 0;

beforeAll(async () => {
  engine = await createNodeEngine();
});

/** The app's own path for a picked file: zips opened first, then each CSV checked and loaded. */
async function addFile(name: string): Promise<{ rows: number } | LoadError> {
  const file = new File([readFileSync(path.join(dir, name))], name);
  const { files, problems } = await expandZips([file]);
  if (problems[0]) return problems[0];
  const [inner] = files;
  if (!inner) throw new Error('expandZips returned nothing');
  try {
    const dataset = await loadDataset(engine, {
      id: `c${++counter}`,
      fileName: inner.name,
      data: new Uint8Array(await inner.arrayBuffer()),
      origin: 'user',
    });
    return { rows: dataset.rows };
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
}

test('every fixture has an expectation and every expectation a fixture', () => {
  const files = readdirSync(dir).filter((name) => !['README.md', 'expectations.json'].includes(name));
  expect(files.sort()).toEqual(Object.keys(expectations).sort());
});

describe.each(Object.entries(expectations))('%s', (name, expected) => {
  test(`${expected.outcome}: ${expected.reason}`, async () => {
    const result = await addFile(name);
    if (expected.outcome === 'loads') {
      expect(result).not.toBeInstanceOf(LoadError);
      if (expected.rows !== undefined) expect(result).toEqual({ rows: expected.rows });
      return;
    }
    expect(result).toBeInstanceOf(LoadError);
    const error = result as LoadError;
    expect(error.message.startsWith(name)).toBe(true);
    expect(error.advice.length).toBeGreaterThan(10);
    if (expected.line !== undefined) expect(error.line).toBe(expected.line);
    if (expected.column !== undefined && error.column !== undefined)
      expect(error.column).toBe(expected.column);
  });
});

test('nothing a refused file started is left behind', async () => {
  const tables = await engine.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'raw_%' ORDER BY 1",
  );
  const loads = Object.values(expectations).filter((e) => e.outcome === 'loads').length;
  expect(tables).toHaveLength(loads);
});

test('a zip bomb (generated: 3 MB that unpacks to 1.1 GB) says what is too big and what to do, unpacking nothing', async () => {
  const out = path.resolve('.tmp/bad-zip-bomb.zip');
  await generateZipBomb({ out, unpackedBytes: 1_100_000_000 });
  const { files, problems } = await expandZips([new File([readFileSync(out)], 'zip-bomb.zip')]);
  expect(files).toEqual([]);
  expect(problems).toHaveLength(1);
  const message = problems[0]?.message ?? '';
  expect(message.startsWith('zip-bomb.zip: The zip is not damaged')).toBe(true);
  expect(message).toContain(`“${ZIP_BOMB_ENTRY}” inside it unpacks to 1.1 GB`);
  expect(message).toContain('at most 1 GB');
  expect(message).toContain('Unzip it on your computer');
  expect(message).not.toMatch(/download it again/i);
});
