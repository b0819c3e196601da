import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../../data/catalogue';
import { rankingQueryOptions, type RankingRequest } from '../../queries/ranking-query-options';
import { rankingsAhead } from './rankings-ahead';

/**
 * Rankings of a bigger file are not fetched ahead: each would hold DuckDB's one worker long enough to delay the
 * choice the user does make. DfE's local-authority files have tens of thousands of rows.
 */
export const PREFETCH_ROWS_LIMIT = 250_000;

/** Resolves when the page has a quiet moment (never later than `timeoutMs`). */
function browserIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 50);
  });
}

/** Only a loaded file small enough has its rankings fetched ahead. */
export const prefetchable = (dataset: Dataset | undefined): dataset is Dataset =>
  dataset?.live === true && dataset.rows <= PREFETCH_ROWS_LIMIT;

/**
 * Fetches each ranking in turn, after `wait` (a quiet moment), skipping those already cached; stops as soon as
 * `stopped` says the choices have changed.
 */
export async function prefetchInTurn(
  client: QueryClient,
  aheads: readonly RankingRequest[],
  optionsOf: (ahead: RankingRequest) => ReturnType<typeof rankingQueryOptions>,
  wait: () => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  for (const ahead of aheads) {
    await wait();
    if (stopped()) return;
    const options = optionsOf(ahead);
    if (client.getQueryData(options.queryKey)) continue;
    await client.prefetchQuery(options);
  }
}

/**
 * Once a ranking is on screen, fetches the rankings of the other periods and indicators (see {@link rankingsAhead})
 * one at a time in the page's quiet moments, so changing either redraws from the cache rather than waiting for
 * DuckDB to plan a new query (a median of 44 ms each in the browser). New choices start again from them, skipping
 * what is cached; nothing is fetched ahead for a big file.
 */
export function useRankingPrefetch(
  request: RankingRequest | null,
  dataset: Dataset | undefined,
  revision: number,
  ready: boolean,
): void {
  const client = useQueryClient();
  const key = JSON.stringify([request, revision]);
  useEffect(() => {
    if (!ready || !request || !prefetchable(dataset)) return;
    let stopped = false;
    void prefetchInTurn(
      client,
      rankingsAhead(request, dataset),
      (ahead) => rankingQueryOptions(ahead, revision, 'lens:ranking-prefetch'),
      browserIdle,
      () => stopped,
    );
    return () => {
      stopped = true;
    };
    // The key stands for the request and revision, which are new objects on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ready, dataset?.live, client]);
}
