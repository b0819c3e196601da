import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNativeEngine } from '../../../scripts/native-engine';
import { writeScaleSet } from '../../../scripts/scale-set/write-set';
import { createDatasetStore } from '../../../src/data/datasets/dataset-store';
import type { Manifest } from '../../../src/data/default-data';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import { attachHosted } from '../../../src/data/hosted/attach-hosted';
import type { HostedManifest } from '../../../src/data/hosted/hosted-manifest';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

// Removing a hosted set from the page's store takes it out of the engine whole: its views, its periods and every
// partition file it attached, so nothing of it is left read by range requests or listed in the catalogue.
let dir = '';
let manifest: HostedManifest;
let engine: SqlEngine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lens-hosted-remove-'));
  const native = await createNativeEngine();
  try {
    manifest = await writeScaleSet(native, {
      id: 'tiny',
      title: 'Tiny hosted set',
      shape: { schools: 6, years: [2023] },
      outDir: dir,
    });
  } finally {
    native.close();
  }
  engine = await createNodeEngine();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const attachedNames = async () =>
  (
    await engine.query<{ name: string }>(
      "SELECT database_name AS name FROM duckdb_databases() WHERE database_name LIKE 'hosted$%'",
    )
  ).map((row) => row.name);
const viewNames = async () =>
  (
    await engine.query<{ name: string }>(
      "SELECT view_name AS name FROM duckdb_views() WHERE view_name LIKE '%tiny%' ORDER BY 1",
    )
  ).map((row) => row.name);

describe('removing a hosted set', () => {
  it('detaches every partition and drops its views and periods', async () => {
    const store = createDatasetStore({
      engine,
      manifest: { datasets: [] } as unknown as Manifest,
      fetchFile: async () => new Uint8Array(),
    });
    const loaded = await store.loadHosted({
      id: 'tiny',
      key: 'hosted:tiny',
      fileName: 'hosted/tiny',
      bytes: 0,
      origin: 'default',
      run: (into) =>
        attachHosted(into, manifest, async (partition) => {
          const name = `${FILE_FOLDER}hosted/tiny/${partition.file}`;
          await into.registerFile(name, new Uint8Array(readFileSync(path.join(dir, partition.file))));
          return name;
        }),
    });
    expect(loaded?.rows).toBe(manifest.dataset.rows);
    expect(await attachedNames()).toHaveLength(manifest.partitions.length);
    expect(await viewNames()).toEqual(['ds_tiny', 'hosted_rows_tiny', 'raw_tiny']);

    await store.remove('tiny');
    expect(store.getState().datasets.map((d) => d.id)).not.toContain('tiny');
    expect(await attachedNames()).toEqual([]);
    expect(await viewNames()).toEqual([]);
    expect(await engine.query("SELECT * FROM lens_periods WHERE dataset = 'tiny'")).toEqual([]);
  });
});
