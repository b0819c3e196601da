import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createNativeEngine } from '../../../scripts/native-engine';
import { writeScaleSet } from '../../../scripts/scale-set/write-set';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import type { OpenPartition } from '../../../src/data/hosted/attach-hosted';
import type { HostedManifest } from '../../../src/data/hosted/hosted-manifest';
import type { SqlEngine } from '../../../src/data/sql-engine';

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
