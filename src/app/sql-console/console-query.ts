import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../../data/datasets/browser-datasets';
import { QueryError } from '../../data/query-error';
import type { SqlEngine } from '../../data/sql-engine';
import { checkConsoleSql } from '../../data/sql/read-only-check';
import { readOnlyStatement, type ReadOnlyStatement } from '../../data/sql/read-only-statement';
import { toCsv } from '../../data/csv-export';
import { isNumericType, toCell, type Cell } from './cell-value';

export interface ConsoleColumn {
  name: string;
  /** DuckDB's type name, or null when the statement (EXPLAIN, PRAGMA) cannot be described. */
  type: string | null;
}

export interface ConsoleResult {
  columns: ConsoleColumn[];
  rows: Record<string, Cell>[];
  ms: number;
  /** Column names the query repeats: a result row holds one value per name, so only the last survives. */
  repeated: string[];
}

/** The check said no: nothing reached DuckDB. */
export class ConsoleRefusal extends Error {
  override readonly name = 'ConsoleRefusal';
}

/** The user's Cancel or the time limit stopped the query: the engine did not fail, and nothing else was touched. */
export class ConsoleStopped extends Error {
  override readonly name = 'ConsoleStopped';
}

/**
 * How long a console query may run. Every question of the loaded data answers in seconds; a query still running
 * after two minutes is almost always a runaway (a recursive CTE with no end, a join without its condition).
 */
export const CONSOLE_TIME_LIMIT_MS = 120_000;

interface DescribeRow extends Record<string, unknown> {
  column_name: string;
  column_type: string;
}

/**
 * DuckDB-WASM's rows do not carry their types, and a DECIMAL or DATE is unreadable without one; DESCRIBE binds the same
 * statement without running it. An EXPLAIN's columns are text.
 */
async function describe(
  engine: SqlEngine,
  statement: ReadOnlyStatement,
  signal: AbortSignal,
): Promise<DescribeRow[] | null> {
  if (statement.kind === 'explain') return null;
  try {
    return await engine.queryStoppable<DescribeRow>(`DESCRIBE ${statement.sql}`, signal);
  } catch (error) {
    // The statement itself already ran; a shape DESCRIBE cannot take is shown with untyped values instead.
    if (error instanceof QueryError) return null;
    throw error;
  }
}

/** DuckDB's parser read more than one statement: text that hides a second one, or a PIVOT that makes a type first. */
const MANY_STATEMENTS = /multiple statements/;
/** DuckDB's parser did not read the text as one query: a typo, or one of the above. */
const NOT_ONE_QUERY = /^Parser Error/;
const PIVOT_START = /^\s*pivot\b/i;

const seconds = (ms: number) => `${Math.round(ms / 1000).toLocaleString('en-GB')} seconds`;

/**
 * Runs the analyst's statement on the engine's stoppable connection, so the charts never wait behind it. `cancel` is
 * the Cancel button (or the console closing); the time limit stops a runaway on its own.
 */
export async function runConsoleSql(
  engine: SqlEngine,
  sql: string,
  cancel: AbortSignal,
  timeLimitMs = CONSOLE_TIME_LIMIT_MS,
): Promise<ConsoleResult> {
  const check = checkConsoleSql(sql);
  if (!check.ok) throw new ConsoleRefusal(check.reason);
  const statement = readOnlyStatement(check.statement);
  const timeLimit = AbortSignal.timeout(timeLimitMs);
  const started = performance.now();
  const raw = await engine
    .queryStoppable(statement.sql, AbortSignal.any([cancel, timeLimit]))
    .catch((error: unknown) => {
      if (cancel.aborted)
        throw new ConsoleStopped(
          'The query was cancelled. Nothing else was changed; edit it and run it again.',
        );
      if (timeLimit.aborted)
        throw new ConsoleStopped(
          `The query ran for more than ${seconds(timeLimitMs)}, the console’s limit, and was stopped. Ask for less (a WHERE clause, a LIMIT, or an end to a recursive query), then run it again.`,
        );
      if (
        error instanceof QueryError &&
        PIVOT_START.test(check.statement) &&
        MANY_STATEMENTS.test(error.message)
      )
        throw new ConsoleRefusal(
          "A PIVOT that finds its own columns (ON without IN) makes DuckDB create a type before it runs, which the read-only console does not allow, so nothing was run. Name the columns instead, for example ON time_period IN ('202324', '202425').",
        );
      if (
        error instanceof QueryError &&
        (NOT_ONE_QUERY.test(error.message) || MANY_STATEMENTS.test(error.message))
      )
        throw new ConsoleRefusal(
          `DuckDB does not read this text as one query that only reads, so nothing was run. Its words: ${error.message}`,
        );
      throw error;
    });
  const ms = performance.now() - started;
  const described = await describe(engine, statement, cancel);
  const names = described?.map((row) => row.column_name) ?? Object.keys(raw[0] ?? {});
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  const columns = [...new Set(names)].map((name) => ({
    name,
    type: described?.findLast((row) => row.column_name === name)?.column_type ?? null,
  }));
  const rows = raw.map((row) =>
    Object.fromEntries(columns.map((c) => [c.name, toCell(row[c.name], c.type)])),
  );
  return { columns, rows, ms, repeated };
}

/** The whole result as CSV; a number kept as exact text goes out as a number, as a spreadsheet would read it anyway. */
export function resultCsv({ columns, rows }: ConsoleResult): string {
  const numeric = columns.filter((c) => isNumericType(c.type)).map((c) => c.name);
  const asWritten = rows.map((row) => {
    const copy = { ...row };
    for (const name of numeric) if (typeof copy[name] === 'string') copy[name] = Number(copy[name]);
    return copy;
  });
  return toCsv(
    columns.map((c) => c.name),
    asWritten,
  );
}

/**
 * A console runs when asked: new data arriving does not rerun an analyst's (possibly long) query, the Run button does.
 * So the key holds the text and the run number instead of the set of loaded tables. `cancel` belongs to this run;
 * the query's own signal stops it when the console closes.
 */
export function consoleQueryOptions(sql: string | null, run: number, enabled: boolean, cancel: AbortSignal) {
  return queryOptions({
    queryKey: ['sql-console', sql, run] as const,
    queryFn: ({ signal }) => runConsoleSql(viewEngine, sql ?? '', AbortSignal.any([cancel, signal])),
    enabled: sql !== null && enabled,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
    gcTime: 0,
  });
}
