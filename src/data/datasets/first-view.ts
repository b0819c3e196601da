import type { Dataset } from '../catalogue';
import type { Row, SqlValue } from '../sql-engine';

/** A query's answer computed by `npm run data:build`, so the first chart is drawn before DuckDB has started. */
export interface PrebuiltAnswer {
  sql: string;
  params: SqlValue[];
  rows: Row[];
}

/** data/first-view.json: the default dataset as the loader describes it, and the first view's query answers. */
export interface FirstView {
  dataset: Omit<Dataset, 'revision' | 'live' | 'loadMs'>;
  answers: PrebuiltAnswer[];
}

const answerKey = (sql: string, params: readonly SqlValue[]) => JSON.stringify([sql, params]);

/** Finds the prebuilt answer to exactly this SQL and these parameters, if the build wrote one. */
export function prebuiltAnswers(firstView: FirstView | null) {
  const answers = new Map(firstView?.answers.map((a) => [answerKey(a.sql, a.params), a.rows]) ?? []);
  return (sql: string, params: readonly SqlValue[]): Row[] | undefined => answers.get(answerKey(sql, params));
}
