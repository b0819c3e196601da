import type { Row, SqlEngine, SqlValue } from '../sql-engine';
import { quoteIdent } from '../sql/quote';
import type { DatasetStore } from './dataset-store';
import { prebuiltAnswers, type FirstView } from './first-view';

/** The datasets a statement reads that the engine does not hold yet. */
const waitingDatasets = (store: DatasetStore) => (sql: string) =>
  store
    .getState()
    .datasets.filter((d) => !d.live && [d.view, d.table].some((name) => sql.includes(quoteIdent(name))));

/**
 * The prebuilt answer to a statement, at once (not in a promise), while a dataset it reads is not in the engine yet:
 * a view's first render can then draw the first chart, rather than a "loading" state and the chart a moment later.
 */
export function prebuiltAnswerNow(store: DatasetStore, firstView: FirstView | null) {
  const answer = prebuiltAnswers(firstView);
  const waitingFor = waitingDatasets(store);
  return (sql: string, params: readonly SqlValue[]): Row[] | undefined =>
    waitingFor(sql).length ? answer(sql, params) : undefined;
}

/**
 * The engine as the views use it. A query that reads a dataset the engine does not hold yet is answered from the
 * build's prebuilt figures when they hold exactly that query (the first chart, drawn before DuckDB has started), and
 * otherwise waits for that dataset to load instead of failing on a missing table.
 */
export function datasetEngine(store: DatasetStore, firstView: FirstView | null): SqlEngine {
  const answer = prebuiltAnswers(firstView);
  const waitingFor = waitingDatasets(store);
  return {
    async query(sql, params = []) {
      const waiting = waitingFor(sql);
      if (waiting.length) {
        const early = answer(sql, params);
        if (early) return early as never;
        await Promise.all(waiting.map((d) => store.whenLive(d.id)));
      }
      return store.engine.query(sql, params);
    },
    async queryStoppable(sql, signal) {
      await Promise.all(waitingFor(sql).map((d) => store.whenLive(d.id)));
      return store.engine.queryStoppable(sql, signal);
    },
    async streamStoppable(sql, signal, onRows) {
      await Promise.all(waitingFor(sql).map((d) => store.whenLive(d.id)));
      return store.engine.streamStoppable(sql, signal, onRows);
    },
    registerFile: (name, data) => store.engine.registerFile(name, data),
    dropFile: (name) => store.engine.dropFile(name),
  };
}
