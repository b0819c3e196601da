import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The genuine EES files of other shapes (../shared/data/ees-variety, see its README), read from their zips at test
 * time and never copied into the project. The shared folder sits beside the repository, or one level further up
 * from a worktree.
 */
const CANDIDATES = ['../../../shared/data/ees-variety', '../../../../shared/data/ees-variety'];
export const EES_VARIETY_DIR =
  CANDIDATES.map((relative) => path.resolve(import.meta.dirname, relative)).find((dir) => existsSync(dir)) ??
  path.resolve(import.meta.dirname, CANDIDATES[0] ?? '');

/** Every file of one zip, by its name inside the zip. */
export function eesVarietyZip(zip: string): Map<string, Uint8Array> {
  const files = unzipSync(new Uint8Array(readFileSync(path.join(EES_VARIETY_DIR, zip))));
  return new Map(Object.entries(files).map(([name, bytes]) => [path.basename(name), bytes]));
}

/** One file of one zip as text. */
export function eesVarietyText(zip: string, name: string): string {
  const bytes = eesVarietyZip(zip).get(name);
  if (!bytes) throw new Error(`${zip} has no ${name}`);
  return strFromU8(bytes);
}
