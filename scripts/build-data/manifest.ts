import { createHash } from 'node:crypto';
import { LICENCE, type DatasetSpec } from './datasets';

export interface ManifestEntry extends DatasetSpec {
  licence: string;
  /** Data rows, without the header. */
  rows: number;
  bytes: number;
  sha256: string;
  typedFile: string;
  descriptionFile: string;
}

/** Size and checksum of the bytes actually written, so the app can tell a stale cache from the bundled file. */
export function manifestEntry(spec: DatasetSpec, csv: string, rows: number): ManifestEntry {
  const bytes = Buffer.from(csv, 'utf8');
  return {
    ...spec,
    licence: LICENCE,
    rows,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    typedFile: `${spec.id}.duckdb`,
    descriptionFile: `${spec.id}.description.json`,
  };
}

/** Fixed key order and no timestamp, so building twice writes the same bytes. */
export function renderManifest(entries: readonly ManifestEntry[]): string {
  const datasets = entries.map((entry) => ({
    id: entry.id,
    file: entry.file,
    meta: entry.meta,
    title: entry.title,
    description: entry.description,
    grain: entry.grain,
    load: entry.load,
    source: entry.source,
    licence: entry.licence,
    rows: entry.rows,
    bytes: entry.bytes,
    sha256: entry.sha256,
    typedFile: entry.typedFile,
    descriptionFile: entry.descriptionFile,
  }));
  return `${JSON.stringify({ datasets }, null, 2)}\n`;
}
