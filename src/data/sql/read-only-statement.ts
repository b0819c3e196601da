import { quoteIdent } from './quote';

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

/**
 * The statement with the named columns cast to DuckDB's own text for them. DuckDB-WASM hands an INTERVAL over in an
 * Arrow layout its JavaScript reader misreads (INTERVAL 1 DAY arrives as two zeros), so those are asked for as text.
 */
export function withColumnsAsText(statement: ReadOnlyStatement, names: readonly string[]): ReadOnlyStatement {
  if (statement.kind !== 'query' || names.length === 0) return statement;
  const casts = names.map((name) => `CAST(${quoteIdent(name)} AS VARCHAR) AS ${quoteIdent(name)}`).join(', ');
  return { kind: 'query', sql: statement.sql.replace(/^SELECT \* FROM/, `SELECT * REPLACE (${casts}) FROM`) };
}
