import type { Concept } from './ees/indicators';
import type { Grain } from './ees/time-periods';
import type { Row } from './sql-engine';

/** What the app knows about one loaded file: its tables, its columns' roles and what it covers. */
export interface IndicatorColumn {
  column: string;
  label: string;
  unit: string;
  decimals: number;
  concept?: Concept;
}

export interface FilterColumn {
  column: string;
  label: string;
  /** Sorted; '' is the blank value (an empty or missing cell). */
  values: string[];
  /** More values than the filter offers (the first 500): the rest can be reached in the SQL console. */
  truncated: boolean;
}

export interface Area {
  level: string;
  code: string;
  name: string;
  regionCode: string | null;
  /** The area it is listed under (a school's authority, an authority's region, a region's country), if known. */
  parentCode?: string | null;
  parentName?: string | null;
  /** The phases it has rows for: a primary school has no "Total" rows. */
  phases?: string[];
}

export interface PeriodInfo {
  label: string;
  grain: Grain;
  start: string;
  end: string;
}

export interface Dataset {
  id: string;
  fileName: string;
  title: string;
  origin: 'default' | 'user';
  /** Provenance for the default data; null for a user's own file. */
  source: string | null;
  /** Raw rows exactly as read (every column text), and the tidy view every query reads. */
  table: string;
  view: string;
  rows: number;
  bytes: number;
  columns: string[];
  indicators: IndicatorColumn[];
  filters: FilterColumn[];
  phases: string[];
  grains: Grain[];
  levels: string[];
  /** Every dated period, in time order. */
  periods: PeriodInfo[];
  /** Every area with a code, for choosing one and for placing local authorities in their region. */
  areas: Area[];
  firstPeriod: string | null;
  lastPeriod: string | null;
  /** Periods whose time_period/time_identifier pair EES does not define; kept, but undated. */
  unknownPeriods: string[];
  /**
   * A set too large to scan (a hosted one): the answer of `filterCombinationsQuery` with no area, by phase, as its
   * writer found it, so the views never read the whole set for it. Absent where the engine answers.
   */
  filterCombinations?: Readonly<Record<string, readonly Row[]>>;
  loadMs: number;
  /** Which load of the data this is (a query's cache key names it, so a file loaded again is read afresh). */
  revision: number;
  /** False while the dataset is known from the build's prebuilt description and the engine does not hold it yet. */
  live: boolean;
}

/** What the loader knows of a file it has read; the store adds the revision. */
export type LoadedDataset = Omit<Dataset, 'revision' | 'live'>;

export function datasetSummary(dataset: Dataset): string {
  const range = dataset.firstPeriod ? `${dataset.firstPeriod} to ${dataset.lastPeriod}` : 'no dated periods';
  return `${dataset.rows.toLocaleString('en-GB')} rows, ${dataset.columns.length} columns, ${range}`;
}
