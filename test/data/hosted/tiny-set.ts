import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createNativeEngine } from '../../../scripts/native-engine';
import { writeScaleSet } from '../../../scripts/scale-set/write-set';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import type { OpenPartition } from '../../../src/data/hosted/attach-hosted';
import type { HostedManifest } from '../../../src/data/hosted/hosted-manifest';
import { createDatasetStore, type DatasetStore } from '../../../src/data/datasets/dataset-store';
import type { Manifest } from '../../../src/data/default-data';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

/** A small hosted set written by the project's writer into a temporary folder, for tests on the Node engine. */
export async function writeTinySet(
  id = 'tiny',
): Promise<{ dir: string; manifest: HostedManifest; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), `lens-hosted-${id}-`));
  const native = await createNativeEngine();
  try {
    const manifest = await writeScaleSet(native, {
      id,
      title: 'Tiny hosted set',
      shape: { schools: 6, years: [2023] },
      outDir: dir,
    });
    return { dir, manifest, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } finally {
    native.close();
  }
}

type TinySet = Awaited<ReturnType<typeof writeTinySet>>;

/**
 * The tiny set and a Node engine for the tests of one file: written and started before its first test, the set's
 * folder removed after its last. Read them inside tests; before the file's tests start there is nothing yet.
 */
export function tinySetForFile(): {
  readonly dir: string;
  readonly manifest: HostedManifest;
  readonly engine: SqlEngine;
} {
  let set: TinySet | null = null;
  let engine: SqlEngine | null = null;
  beforeAll(async () => {
    set = await writeTinySet('tiny');
    engine = await createNodeEngine();
  });
  afterAll(() => set?.remove());
  const ready = () => {
    if (!set || !engine)
      throw new Error('the tiny set is written before the first test: read it inside a test');
    return { set, engine };
  };
  return {
    get dir() {
      return ready().set.dir;
    },
    get manifest() {
      return ready().set.manifest;
    },
    get engine() {
      return ready().engine;
    },
  };
}

/** A page's store with no default datasets, for a hosted set alone. */
export const storeWithoutDefaults = (engine: SqlEngine): DatasetStore =>
  createDatasetStore({
    engine,
    manifest: { datasets: [] } as unknown as Manifest,
    fetchFile: async () => new Uint8Array(),
  });

/** Each partition registered with its file's bytes, as the browser registers it by URL. */
export const openFromFolder =
  (engine: SqlEngine, dir: string, id: string): OpenPartition =>
  async (partition) => {
    const name = `${FILE_FOLDER}hosted/${id}/${partition.file}`;
    await engine.registerFile(name, new Uint8Array(readFileSync(path.join(dir, partition.file))));
    return name;
  };

export const attachedPartitions = async (engine: SqlEngine): Promise<string[]> =>
  (
    await engine.query<{ name: string }>(
      "SELECT database_name AS name FROM duckdb_databases() WHERE database_name LIKE 'hosted$%' ORDER BY 1",
    )
  ).map((row) => row.name);

export const viewsNamed = async (engine: SqlEngine, like: string): Promise<string[]> =>
  (
    await engine.query<{ name: string }>(
      'SELECT view_name AS name FROM duckdb_views() WHERE view_name LIKE ? ORDER BY 1',
      [like],
    )
  ).map((row) => row.name);
