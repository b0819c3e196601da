import type { Grain } from './ees/time-periods';

/** One entry of data/manifest.json, written by `npm run data:build`. */
export interface DefaultDatasetEntry {
  id: string;
  file: string;
  meta: string | null;
  title: string;
  description: string;
  grain: Grain;
  load: 'first' | 'background' | 'on-demand';
  source: string;
  licence: string;
  rows: number;
  bytes: number;
  /** `<id>.duckdb`: the rows the app's loader made of `file`, typed, which the app attaches instead of the CSV. */
  typedFile: string;
  /** `<id>.description.json`: a `DefaultDescription` (default-description.ts). */
  descriptionFile: string;
}

export interface Manifest {
  datasets: DefaultDatasetEntry[];
}

// Bundled beside the app and fetched from its own origin: no request leaves the page's origin.
const fileUrls = import.meta.glob<string>(
  ['../../data/*.csv', '../../data/*.duckdb', '../../data/*.description.json'],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);
const manifests = import.meta.glob<Manifest>('../../data/manifest.json', { import: 'default', eager: true });

export const manifest: Manifest = Object.values(manifests)[0] ?? { datasets: [] };

export function defaultFileUrl(file: string): string {
  const url = fileUrls[`../../data/${file}`];
  if (!url) throw new Error(`The default data file ${file} is missing from data/: run npm run data:build.`);
  return url;
}

export async function fetchDefaultFile(file: string): Promise<Uint8Array> {
  const response = await fetch(defaultFileUrl(file));
  if (!response.ok)
    throw new Error(`Could not fetch the default data file ${file}: HTTP ${response.status}.`);
  return new Uint8Array(await response.arrayBuffer());
}
