import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test, vi } from 'vitest';
import type { Manifest } from '../../../src/data/default-data';
import { describedDataset } from '../../../src/data/default-description';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { dropDataset, loadDataset } from '../../../src/data/load/load-dataset';
import { TYPED_TEMPLATE_FILE } from '../../../src/data/load/typed-file';
import {
  restoreTypedForm,
  TypedFormMissing,
  TypedFormUnusable,
  writeTypedForm,
} from '../../../src/data/load/typed-form';
import { indexedDbTypedForms, TYPED_FORM_VERSION } from '../../../src/data/persist/typed-forms';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { DATA_DIR, dataFile } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

// Issue #24 point 3: a user's file kept in its typed form comes back without parsing, with exactly its rows.

vi.setConfig({ testTimeout: 240_000 });

const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const entry = manifest.datasets.find((d) => d.id === 'annual_absence');
if (!entry) throw new Error('annual_absence is not in the manifest');
const file = { id: 'u1', fingerprint: 'fingerprint-of-the-csv', title: 'Terms' };
const template = dataFile(TYPED_TEMPLATE_FILE);

let engine: SqlEngine;
let databases = 0;
const freshForms = () => indexedDbTypedForms(`typed-test-${++databases}`);

/** What every query reads (the view, in full) and the periods, as text. */
async function snapshot(): Promise<string[]> {
  const rows = await engine.query('SELECT * FROM ds_u1 ORDER BY ALL');
  const file = await engine.query('SELECT * FROM raw_u1 ORDER BY ALL');
  const periods = await engine.query(`SELECT * FROM lens_periods WHERE dataset = 'u1' ORDER BY ALL`);
  return [JSON.stringify(rows), JSON.stringify(file), JSON.stringify(periods)];
}

const leftOf = (id: string) =>
  engine.query(
    `SELECT table_name FROM information_schema.tables WHERE table_name LIKE ?
     UNION ALL SELECT database_name FROM duckdb_databases() WHERE database_name LIKE ?`,
    [`%${id}`, `%${id}`],
  );

/** The file's first load: read from its bytes, as when it was added. */
const loadFromCsv = () =>
  loadDataset(engine, {
    id: 'u1',
    fileName: entry.file,
    data: dataFile(entry.file),
    origin: 'user',
    title: 'Terms',
    meta: entry.meta ? parseMetaCsv(new TextDecoder().decode(dataFile(entry.meta))).columns : [],
  });

beforeAll(async () => {
  engine = await createNodeEngine();
});

test('a file restored from its typed form gives exactly the rows, periods and description of its first load', async () => {
  const forms = freshForms();
  const loaded = await loadFromCsv();
  const first = await snapshot();
  const form = await writeTypedForm(engine, loaded, file.fingerprint, template);
  expect(form.version).toBe(TYPED_FORM_VERSION);
  await forms.put(form);
  await dropDataset(engine, 'u1');
  expect(await leftOf('u1')).toEqual([]);

  const restored = await restoreTypedForm(engine, forms, file);
  expect(describedDataset(restored)).toEqual(describedDataset(loaded));
  expect(await snapshot()).toEqual(first);
  // Stored compressed: smaller than the CSV it came from.
  expect((await forms.sizes()).get('u1')).toBeLessThan(dataFile(entry.file).byteLength);
  await dropDataset(engine, 'u1');
  expect(await leftOf('u1')).toEqual([]);
});

test('a typed form from an older version of the app, or none, is refused, and nothing of it is loaded', async () => {
  const forms = freshForms();
  const loaded = await loadFromCsv();
  const form = await writeTypedForm(engine, loaded, file.fingerprint, template);
  await forms.put({ ...form, version: 0 });
  const current = freshForms();
  await current.put(form);
  await dropDataset(engine, 'u1');
  await expect(restoreTypedForm(engine, forms, file)).rejects.toThrow(/older version of this app \(0\)/);
  await expect(restoreTypedForm(engine, freshForms(), file)).rejects.toBeInstanceOf(TypedFormMissing);
  await expect(restoreTypedForm(engine, current, { ...file, fingerprint: 'other' })).rejects.toThrow(
    /different file/,
  );
  expect(await leftOf('u1')).toEqual([]);
});

test('a damaged typed form is refused, with nothing of it left in the engine', async () => {
  const forms = freshForms();
  const original = await loadFromCsv();
  const form = await writeTypedForm(engine, original, file.fingerprint, template);
  const bytes = new Uint8Array(await form.data.arrayBuffer());
  bytes.fill(7, 4096, bytes.length - 4096);
  await forms.put({ ...form, data: new Blob([bytes]) });
  await dropDataset(engine, 'u1');
  const refusal = restoreTypedForm(engine, forms, file);
  await expect(refusal).rejects.toBeInstanceOf(TypedFormUnusable);
  await expect(refusal).rejects.toThrow(/could not be read/);
  expect(await leftOf('u1')).toEqual([]);
  expect(await engine.query(`SELECT 1 FROM lens_periods WHERE dataset = 'u1'`)).toEqual([]);
});
