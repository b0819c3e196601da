import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../../data/datasets/browser-datasets';
import { QueryError } from '../../data/query-error';
import type { SqlEngine } from '../../data/sql-engine';
import { checkConsoleSql } from '../../data/sql/read-only-check';
import {
  readOnlyStatement,
  withColumnsAsText,
  type ReadOnlyStatement,
} from '../../data/sql/read-only-statement';
import { toCsv } from '../../data/csv-export';
import { isNumericType, toCell, type Cell } from './cell-value';

export interface ConsoleColumn {
  name: string;
  /** DuckDB's type name, or null when the statement (EXPLAIN, PRAGMA) cannot be described. */
  type: string | null;
}

/** Rows the console shows at a time; "next" asks the engine for the next this many. */
export const CONSOLE_PAGE_ROWS = 1000;

/** One page of a console result: the engine kept the rest, and counts it apart (`countConsoleRows`). */
export interface ConsoleResult {
  columns: ConsoleColumn[];
  rows: Record<string, Cell>[];
  ms: number;
  /** Column names the query repeats: a result row holds one value per name, so only the last survives. */
  repeated: string[];
  /** How many rows come before this page. */
  offset: number;
  /** Whether rows follow this page. */
  more: boolean;
  /** The result's row count when the page shows where it ends; otherwise the engine counts it apart. */
  total: number | null;
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
 * What the console runs: the analyst's text checked and wrapped so it can only read, or a refusal. Given the
 * result's columns (a download knows them from the first page), INTERVALs are asked for as text (`textColumns`).
 */
export function consoleStatement(sql: string, columns: readonly ConsoleColumn[] = []): ReadOnlyStatement {
  const check = checkConsoleSql(sql);
  if (!check.ok) throw new ConsoleRefusal(check.reason);
  return withColumnsAsText(readOnlyStatement(check.statement), textColumns(columns));
}

/** The engine's failure told as the console tells it: a stop, a refusal, or DuckDB's own words. */
export function consoleFailure(
  error: unknown,
  sql: string,
  stops: { cancel: AbortSignal; timeLimit: AbortSignal; timeLimitMs: number; what: string },
): unknown {
  if (stops.cancel.aborted)
    return new ConsoleStopped(
      `The ${stops.what} was cancelled. Nothing else was changed; edit it and run it again.`,
    );
  if (stops.timeLimit.aborted)
    return new ConsoleStopped(
      `The ${stops.what} ran for more than ${seconds(stops.timeLimitMs)}, the console’s limit, and was stopped. Ask for less (a WHERE clause, a LIMIT, or an end to a recursive query), then run it again.`,
    );
  if (!(error instanceof QueryError)) return error;
  if (PIVOT_START.test(sql) && MANY_STATEMENTS.test(error.message))
    return new ConsoleRefusal(
      "A PIVOT that finds its own columns (ON without IN) makes DuckDB create a type before it runs, which the read-only console does not allow, so nothing was run. Name the columns instead, for example ON time_period IN ('202324', '202425').",
    );
  if (NOT_ONE_QUERY.test(error.message) || MANY_STATEMENTS.test(error.message))
    return new ConsoleRefusal(
      `DuckDB does not read this text as one query that only reads, so nothing was run. Its words: ${error.message}`,
    );
  return error;
}

/** Runs `sql` on the engine's console connection, stopped by `cancel` or by the time limit. */
async function stoppable<T extends Record<string, unknown>>(
  engine: SqlEngine,
  sql: string,
  text: string,
  cancel: AbortSignal,
  timeLimitMs: number,
  what: string,
): Promise<T[]> {
  const timeLimit = AbortSignal.timeout(timeLimitMs);
  try {
    return await engine.queryStoppable<T>(sql, AbortSignal.any([cancel, timeLimit]));
  } catch (error) {
    throw consoleFailure(error, text, { cancel, timeLimit, timeLimitMs, what });
  }
}

/**
 * Runs the analyst's statement on the engine's console connection, so the charts never wait behind it, and brings
 * one page of its rows: the engine stops making rows past the page, so a result of any size costs the page the same.
 * `cancel` is the Cancel button (or the console closing); the time limit stops a runaway on its own.
 */
export async function runConsoleSql(
  engine: SqlEngine,
  sql: string,
  cancel: AbortSignal,
  timeLimitMs = CONSOLE_TIME_LIMIT_MS,
  offset = 0,
): Promise<ConsoleResult> {
  const statement = consoleStatement(sql);
  const started = performance.now();
  // One row past the page says whether more follow. An EXPLAIN cannot be limited, and is a few rows anyway.
  const paged = (run: ReadOnlyStatement) =>
    run.kind === 'query'
      ? `${run.sql} LIMIT ${CONSOLE_PAGE_ROWS + 1} OFFSET ${Math.max(0, Math.trunc(offset))}`
      : run.sql;
  let raw = await stoppable(engine, paged(statement), sql, cancel, timeLimitMs, 'query');
  const ms = performance.now() - started;
  const described = await describe(engine, statement, cancel);
  const names = described?.map((row) => row.column_name) ?? Object.keys(raw[0] ?? {});
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  const columns = [...new Set(names)].map((name) => ({
    name,
    type: described?.findLast((row) => row.column_name === name)?.column_type ?? null,
  }));
  // Rare enough to ask twice rather than describe every query before it runs.
  const asText = textColumns(columns, repeated);
  if (asText.length > 0)
    raw = await stoppable(
      engine,
      paged(withColumnsAsText(statement, asText)),
      sql,
      cancel,
      timeLimitMs,
      'query',
    );
  const shown = statement.kind === 'query' ? raw.slice(0, CONSOLE_PAGE_ROWS) : raw;
  const more = raw.length > shown.length;
  return {
    columns,
    rows: consoleCells(columns, shown),
    ms,
    repeated,
    offset,
    more,
    total: more ? null : offset + shown.length,
  };
}

/**
 * Columns the engine must send as text for the console to show them right: INTERVALs (see `withColumnsAsText`). A
 * repeated name cannot be cast by name; its cells say so instead (`toCell`).
 */
export function textColumns(columns: readonly ConsoleColumn[], repeated: readonly string[] = []): string[] {
  return columns
    .filter((c) => c.type !== null && /^INTERVAL(\[\])?$/.test(c.type) && !repeated.includes(c.name))
    .map((c) => c.name);
}

/** The engine's values as the console shows them, typed by DESCRIBE. */
export function consoleCells(columns: readonly ConsoleColumn[], rows: readonly Record<string, unknown>[]) {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, toCell(row[c.name], c.type)])));
}

/** The result's row count, made by the engine without bringing a row across: stoppable like the query. */
export async function countConsoleRows(
  engine: SqlEngine,
  sql: string,
  cancel: AbortSignal,
  timeLimitMs = CONSOLE_TIME_LIMIT_MS,
): Promise<number> {
  const statement = consoleStatement(sql);
  const counted = `SELECT count(*) AS n FROM (\n${statement.sql}\n)`;
  const [row] = await stoppable<{ n: unknown }>(engine, counted, sql, cancel, timeLimitMs, 'count');
  return Number(row?.n ?? 0);
}

/**
 * Rows as CSV text; a number kept as exact text goes out as a number, as a spreadsheet would read it anyway. Without
 * the header, for the batches of a download that follow the first.
 */
export function resultCsv({ columns, rows }: Pick<ConsoleResult, 'columns' | 'rows'>, header = true): string {
  const numeric = columns.filter((c) => isNumericType(c.type)).map((c) => c.name);
  const asWritten = rows.map((row) => {
    const copy = { ...row };
    for (const name of numeric) if (typeof copy[name] === 'string') copy[name] = Number(copy[name]);
    return copy;
  });
  return toCsv(
    columns.map((c) => c.name),
    asWritten,
    header,
  );
}

/**
 * A console runs when asked: new data arriving does not rerun an analyst's (possibly long) query, the Run button does.
 * So the key holds the text and the run number instead of the set of loaded tables, and the page of rows shown.
 * `cancel` belongs to this run; the query's own signal stops it when the console closes.
 */
export function consoleQueryOptions(
  sql: string | null,
  run: number,
  page: number,
  enabled: boolean,
  cancel: AbortSignal,
) {
  return queryOptions({
    queryKey: ['sql-console', sql, run, page] as const,
    queryFn: ({ signal }) =>
      runConsoleSql(
        viewEngine,
        sql ?? '',
        AbortSignal.any([cancel, signal]),
        CONSOLE_TIME_LIMIT_MS,
        page * CONSOLE_PAGE_ROWS,
      ),
    enabled: sql !== null && enabled,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
    gcTime: 0,
  });
}

/** The run's row count, asked for once a page shows the result is longer than a page; stopped by the same Cancel. */
export function consoleCountOptions(sql: string | null, run: number, enabled: boolean, cancel: AbortSignal) {
  return queryOptions({
    queryKey: ['sql-console-count', sql, run] as const,
    queryFn: ({ signal }) => countConsoleRows(viewEngine, sql ?? '', AbortSignal.any([cancel, signal])),
    enabled: sql !== null && enabled,
    staleTime: Infinity,
    gcTime: 0,
  });
}
