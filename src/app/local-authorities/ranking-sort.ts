import type { RankingRow } from '../../queries/ranking-query-options';

/** The table's sortable columns; the URL names one of these (`la.sort`) and a direction (`la.dir`). */
export const SORT_KEYS = ['rank', 'name', 'region', 'latest', 'previous', 'baseline'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface SortState {
  key: SortKey;
  dir: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'rank', dir: 'asc' };

const READ: Readonly<Record<SortKey, (row: RankingRow) => number | string | null>> = {
  rank: (row) => row.rank,
  name: (row) => row.la_name,
  region: (row) => row.region_name,
  latest: (row) => row.latest_value,
  previous: (row) => row.change_previous,
  baseline: (row) => row.change_baseline,
};

export function readSort(key: string | undefined, dir: string | undefined): SortState {
  const known = SORT_KEYS.find((k) => k === key);
  return known ? { key: known, dir: dir === 'desc' ? 'desc' : 'asc' } : DEFAULT_SORT;
}

/** Pressing the sorted column's header again reverses it; another column starts ascending. */
export function nextSort(current: SortState, key: SortKey): SortState {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

const compare = (a: number | string, b: number | string): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en-GB');

/** A missing value is a gap, not a zero: it goes last whichever way the column is sorted. */
export function sortRows(rows: readonly RankingRow[], sort: SortState): RankingRow[] {
  const read = READ[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = read(x);
    const b = read(y);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const order = compare(a, b);
      if (order !== 0) return sign * order;
    }
    return compare(x.rank ?? Infinity, y.rank ?? Infinity) || compare(x.la_name ?? '', y.la_name ?? '');
  });
}
