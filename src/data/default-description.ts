import type { LoadedDataset } from './catalogue';

/** What the loader found in a default file at build time, so the browser profiles nothing. */
export interface DefaultDescription {
  /** The CSV's fingerprint (file-fingerprint.ts), so the same file added by hand is recognised. */
  fingerprint: string;
  dataset: DescribedDataset;
}

/** A loaded dataset as the build describes it: how long that load took is no part of it. */
export type DescribedDataset = Omit<LoadedDataset, 'loadMs'>;

export function describedDataset(loaded: LoadedDataset): DescribedDataset {
  return Object.fromEntries(Object.entries(loaded).filter(([key]) => key !== 'loadMs')) as DescribedDataset;
}
