import type { DescribedDataset } from '../default-description';

/** Which layout of `manifest.json` this app reads; a set written for another is refused, never misread. */
export const HOSTED_MANIFEST_VERSION = 2;

/** One typed DuckDB file of a hosted set: its rows of the periods and geographic levels it lists. */
export interface HostedPartition {
  /** Beside manifest.json on the same origin. */
  file: string;
  /** The `time_period` values of its rows; its periods table describes each of them. */
  periods: string[];
  levels: string[];
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
