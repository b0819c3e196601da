import type { DescribedDataset } from '../default-description';

/** Which layout of `manifest.json` this app reads; a set written for another is refused, never misread. */
export const HOSTED_MANIFEST_VERSION = 1;

/** One typed DuckDB file of a hosted set: the rows of one period at one geographic level. */
export interface HostedPartition {
  /** Beside manifest.json on the same origin. */
  file: string;
  timePeriod: string;
  level: string;
  rows: number;
  bytes: number;
}

/**
 * A set too large to load whole, hosted as static files beside the app (`npm run data:scale` writes one): the
 * description the app needs to offer its choices, and the partitions it reads by HTTP range requests.
 */
export interface HostedManifest {
  version: number;
  dataset: DescribedDataset;
  partitions: HostedPartition[];
}
