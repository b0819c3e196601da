import type { Dataset } from '../../data/catalogue';
import type { RankingRequest } from '../../queries/ranking-query-options';
import { schoolsBeside } from '../../queries/schools-columns';

/**
 * At most this many rankings are fetched ahead from one set of choices (each is about 150 rows in the cache): every
 * period of every indicator for DfE's files, the nearest of them for a file with hundreds of indicators.
 */
export const AHEAD_LIMIT = 100;

/**
 * The rankings a user may ask for next by changing the period or the indicator, nearest first: the same indicator
 * in each other period (latest first), the same period for each other indicator, then the other indicators' other
 * periods. Each is asked for as the controls would ask for it, so an answer fetched ahead is the one the view finds
 * in its cache.
 */
export function rankingsAhead(
  request: RankingRequest,
  dataset: Pick<Dataset, 'periods' | 'indicators'>,
): RankingRequest[] {
  const periods = [...dataset.periods].reverse().map((period) => period.label);
  const others = dataset.indicators.map((i) => i.column).filter((column) => column !== request.indicator);
  const ask = (indicator: string, latestPeriod: string | null): RankingRequest => ({
    ...request,
    indicator,
    schools: schoolsBeside(dataset, indicator),
    latestPeriod,
  });
  const otherPeriods = periods.filter((label) => label !== request.latestPeriod);
  return [
    ...otherPeriods.map((label) => ask(request.indicator, label)),
    ...others.map((indicator) => ask(indicator, request.latestPeriod)),
    ...others.flatMap((indicator) => otherPeriods.map((label) => ask(indicator, label))),
  ].slice(0, AHEAD_LIMIT);
}
