import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileFingerprint } from '../../../src/data/datasets/file-fingerprint';
import type { Manifest } from '../../../src/data/default-data';
import { describedDataset, type DefaultDescription } from '../../../src/data/default-description';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { attachDefault } from '../../../src/data/load/attach-default';
import { dropDataset, loadDataset } from '../../../src/data/load/load-dataset';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { DATA_DIR, dataFile } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const describedIn = (file: string) =>
  JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as DefaultDescription;

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** Rows of `a` that `b` lacks, counting repeats (EXCEPT ALL compares NULLs, symbols and flags as values). */
async function missingFrom(a: string, b: string): Promise<number> {
  const [row] = await engine.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`,
  );
  return row?.n ?? -1;
}

async function columnsOf(relation: string) {
  return engine.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${relation})`);
}

describe.each(manifest.datasets.map((entry) => [entry.id, entry] as const))(
  'the typed default %s',
  (id, entry) => {
    const csvId = `csv_${id}`;

    test('gives exactly the rows, periods and description the CSV load gives', async () => {
      const csv = dataFile(entry.file);
      const meta = entry.meta ? parseMetaCsv(new TextDecoder().decode(dataFile(entry.meta))).columns : [];
      const fromCsv = await loadDataset(engine, {
        id: csvId,
        fileName: entry.file,
        data: csv,
        origin: 'default',
        title: entry.title,
        source: entry.source,
        meta,
        grain: entry.grain,
      });
      const description = describedIn(entry.descriptionFile);
      const attached = await attachDefault(engine, {
        dataset: description.dataset,
        typed: dataFile(entry.typedFile),
      });

      expect(describedDataset(attached)).toEqual({
        ...describedDataset(fromCsv),
        id,
        table: `raw_${id}`,
        view: `ds_${id}`,
      });
      expect(description.fingerprint).toBe(await fileFingerprint(csv));

      // The stored rows (every value, symbol and flag), the view every query reads, and the file's own columns.
      for (const [ours, theirs] of [
        [`tidy_${csvId}`, `"default$${id}".tidy`],
        [`ds_${csvId}`, `ds_${id}`],
        [`raw_${csvId}`, `raw_${id}`],
      ] as const) {
        expect(await columnsOf(theirs)).toEqual(await columnsOf(ours));
        expect(await missingFrom(ours, theirs)).toBe(0);
        expect(await missingFrom(theirs, ours)).toBe(0);
      }
      const periods = (dataset: string) =>
        `(SELECT * EXCLUDE (dataset) FROM lens_periods WHERE dataset = '${dataset}')`;
      expect(await missingFrom(periods(csvId), periods(id))).toBe(0);
      expect(await missingFrom(periods(id), periods(csvId))).toBe(0);
      const [count] = await engine.query<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM "default$${id}".tidy`,
      );
      expect(count?.n).toBe(entry.rows);
    }, 120_000);
  },
);

describe('attaching a typed default', () => {
  test('removing the dataset detaches its file, and it can be attached again', async () => {
    const entry = manifest.datasets[0];
    if (!entry) throw new Error('the manifest lists no dataset');
    const request = () => ({
      dataset: {
        ...describedIn(entry.descriptionFile).dataset,
        id: 'again',
        table: 'raw_again',
        view: 'ds_again',
      },
      typed: dataFile(entry.typedFile),
    });
    const attachedNow = () =>
      engine.query("SELECT database_name FROM duckdb_databases() WHERE database_name = 'default$again'");
    await attachDefault(engine, request());
    expect(await attachedNow()).toHaveLength(1);
    await dropDataset(engine, 'again');
    expect(await attachedNow()).toEqual([]);
    await attachDefault(engine, request());
    const [row] = await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM ds_again');
    expect(row?.n).toBe(entry.rows);
  });

  test('a file that is not a DuckDB database is refused and nothing of the dataset is left', async () => {
    const description = describedIn(manifest.datasets[0]?.descriptionFile ?? '');
    const dataset = { ...description.dataset, id: 'broken', table: 'raw_broken', view: 'ds_broken' };
    await expect(
      attachDefault(engine, { dataset, typed: new TextEncoder().encode('time_period\n202324\n') }),
    ).rejects.toThrow();
    const left = await engine.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE '%broken%'
       UNION ALL SELECT database_name FROM duckdb_databases() WHERE database_name LIKE '%broken%'`,
    );
    expect(left).toEqual([]);
  });
});
