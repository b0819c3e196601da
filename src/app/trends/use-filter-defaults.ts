import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Dataset } from '../../data/catalogue';
import {
  explainEmptyChoice,
  pickDefaults,
  type Combination,
  type EmptyExplanation,
} from '../../data/ees/filter-defaults';
import { filterCombinationsQueryOptions } from '../../queries/filter-combinations-query-options';
import { namedFilterValue } from '../filter-param';
import type { UrlParams } from '../url-state';
import { trendsUrl } from '../url/trends-url';

export interface FilterDefaults {
  /** The filter choices: those the URL names, the rest from a combination that exists with them. */
  filters: Record<string, string>;
  /** Why the URL's choices find no rows, and the nearest that do; null when they find rows (or nothing is known). */
  empty: EmptyExplanation | null;
  /**
   * The choices the defaults would have been (the totals) had the file not repeated rows under them: the chart
   * starts elsewhere, and says why. Null when the defaults are the totals or the URL chose.
   */
  passedOver: Record<string, string> | null;
}

/** The URL's own filter choices, as values (the blank value is written "(blank)" there). */
export function urlChoices(dataset: Dataset | undefined, params: UrlParams): Record<string, string> {
  const named = trendsUrl.parse(params).filters;
  const chosen: Record<string, string> = {};
  for (const filter of dataset?.filters ?? []) {
    const value = namedFilterValue(filter, named[filter.column]);
    if (value !== undefined) chosen[filter.column] = value;
  }
  return chosen;
}

/** The choices the view starts from, once the file's combinations are known (`fallback` until then). */
export function filterDefaults(
  columns: readonly string[],
  combinations: readonly Combination[] | undefined,
  repeated: ReadonlySet<Combination> | undefined,
  wanted: Record<string, string>,
  fallback: Record<string, string>,
): FilterDefaults {
  if (!combinations?.length) return { filters: fallback, empty: null, passedOver: null };
  const filters = { ...pickDefaults(columns, combinations, wanted, null, repeated), ...wanted };
  const unaware = { ...pickDefaults(columns, combinations, wanted), ...wanted };
  const passedOver = JSON.stringify(unaware) === JSON.stringify(filters) ? null : unaware;
  return { filters, empty: explainEmptyChoice(columns, combinations, filters), passedOver };
}

/**
 * Filter choices that find rows: what the URL asks for is kept, and every filter it does not name starts at a value
 * that exists together with those (the totals where there are some). `fallback` is used until the combinations
 * have been read.
 */
export function useFilterDefaults(
  dataset: Dataset | undefined,
  phase: string,
  params: UrlParams,
  revision: number,
  fallback: Record<string, string>,
  area: { level: string; code: string } | null = null,
): FilterDefaults {
  const columns = useMemo(() => dataset?.filters.map((f) => f.column) ?? [], [dataset]);
  const answer = useQuery(
    filterCombinationsQueryOptions(
      dataset?.view ?? null,
      columns,
      phase,
      revision,
      area,
      undefined,
      dataset?.filterCombinations,
    ),
  ).data;
  const combinations = answer?.combinations;
  const repeated = answer?.repeated;
  const chosen = urlChoices(dataset, params);
  const key = JSON.stringify(chosen);
  const fallbackKey = JSON.stringify(fallback);
  return useMemo(
    () =>
      filterDefaults(
        columns,
        combinations,
        repeated,
        JSON.parse(key) as Record<string, string>,
        JSON.parse(fallbackKey) as Record<string, string>,
      ),
    [columns, combinations, repeated, key, fallbackKey],
  );
}
