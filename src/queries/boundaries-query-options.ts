import { queryOptions } from '@tanstack/react-query';
import { fetchBoundaries } from '../data/geo/map-boundaries';

/** The map file, fetched once, the first time a map is shown. */
export function boundariesQueryOptions(enabled: boolean) {
  return queryOptions({
    queryKey: ['boundaries'] as const,
    queryFn: fetchBoundaries,
    enabled,
    staleTime: Infinity,
  });
}
