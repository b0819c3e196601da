/**
 * The text DuckDB is given for an analyst's query: their statement as the subquery of a SELECT. DuckDB's parser
 * accepts only a query there (SELECT, WITH, FROM-first, VALUES, TABLE, PIVOT, DESCRIBE, SHOW, SUMMARIZE), and never
 * a statement that writes, sets or attaches; text that would end the subquery and start a second statement makes
 * more than one statement, which the console's connection refuses to prepare. So whether the console may run a text
 * is decided by DuckDB's reading of it, whatever our own lexer made of its comments, quotes and line endings.
 */
export interface ReadOnlyStatement {
  sql: string;
  /** EXPLAIN cannot stand in a subquery: the query it explains is wrapped instead, and its result has no DESCRIBE. */
  kind: 'query' | 'explain';
}

/** Only letters and spaces are taken from the text here; everything after them is wrapped as DuckDB will read it. */
const EXPLAIN = /^\s*explain(\s+analy[sz]e)?\s/i;

export function readOnlyStatement(text: string): ReadOnlyStatement {
  const explain = EXPLAIN.exec(text);
  // Newlines, so a trailing -- comment ends before the closing parenthesis.
  const wrap = (body: string) => `SELECT * FROM (\n${body}\n)`;
  if (!explain) return { sql: wrap(text), kind: 'query' };
  const lead = explain[1] ? 'EXPLAIN ANALYZE' : 'EXPLAIN';
  return { sql: `${lead} ${wrap(text.slice(explain[0].length))}`, kind: 'explain' };
}
