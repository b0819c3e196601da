import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { displaySql, type BuiltQuery } from '../data/sql/series-query';
import { useKeptWhileLoading } from './use-kept-while-loading';

/** What a view's query answers: its rows, and the statement they answer (null when there was nothing to ask). */
export interface Answered {
  rows: readonly unknown[];
  query: BuiltQuery | null;
}

export interface Answer<TData extends Answered> {
  /** React Query's state of the question: pending, fetching, failed. */
  query: UseQueryResult<TData>;
  /** The rows to show: the current choices' answer or, while it loads, the answer to the choices before them. */
  rows: TData['rows'];
  /** The shown rows' SQL as a reader sees it under the chart; null before any answer. */
  sql: string | null;
  /** The current choices are answered (the rows are not an answer kept from earlier choices). */
  ready: boolean;
}

const NO_ROWS: readonly never[] = Object.freeze([]);

/**
 * The options with the rows of the previous key kept while the new key loads: a chart changes once, when its new
 * figures arrive, instead of emptying first. The one place the app keeps old rows.
 */
export const keepingRows = <TOptions extends object>(options: TOptions) => ({
  ...options,
  placeholderData: keepPreviousData,
});

/** The rows, their SQL as a reader sees it, and whether they answer the current choices. */
export function answerOf<TData extends Answered>(
  query: Pick<UseQueryResult<TData>, 'data' | 'isSuccess' | 'isPlaceholderData'>,
): Omit<Answer<TData>, 'query'> {
  const built = query.data?.query;
  return {
    rows: query.data?.rows ?? NO_ROWS,
    sql: built ? displaySql(built) : null,
    ready: query.isSuccess && !query.isPlaceholderData,
  };
}

/** Asks a view's query; with `keepRows`, the previous choices' rows stay while new ones load (see keepingRows). */
export function useAnswer<TData extends Answered, TKey extends QueryKey>(
  options: UseQueryOptions<TData, Error, TData, TKey>,
  keepRows = true,
): Answer<TData> {
  const query = useQuery(keepRows ? keepingRows(options) : options);
  return { query, ...answerOf(query) };
}

/**
 * {@link useAnswer}, and `drawn` as last seen with its own rows: while new rows load, the chart keeps the choices
 * its rows came from (their title, unit, events), so nothing about it changes until the rows arrive. `key` names
 * the choices: a new key once answered replaces the kept ones.
 */
export function useDrawnAnswer<TData extends Answered, TKey extends QueryKey, T>(
  options: UseQueryOptions<TData, Error, TData, TKey>,
  drawn: T,
  key: string,
): Answer<TData> & { drawn: T } {
  const answer = useAnswer(options);
  return { ...answer, drawn: useKeptWhileLoading(drawn, key, answer.ready) };
}
