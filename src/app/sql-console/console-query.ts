import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../../data/datasets/browser-datasets';
import { QueryError } from '../../data/query-error';
import { checkConsoleSql, type StatementKind } from '../../data/sql/read-only-check';
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

interface DescribeRow extends Record<string, unknown> {
  column_name: string;
  column_type: string;
}

/**
 * DuckDB-WASM's rows do not carry their types, and a DECIMAL or DATE is unreadable without one; DESCRIBE binds the same
 * statement without running it. EXPLAIN and PRAGMA cannot sit in a subquery, and their columns are text and integers.
 */
async function describe(statement: string, kind: StatementKind): Promise<DescribeRow[] | null> {
  if (kind === 'explain' || kind === 'pragma') return null;
  try {
    // The newline keeps a trailing -- comment from swallowing the closing parenthesis.
    return await viewEngine.query<DescribeRow>(`DESCRIBE SELECT * FROM (\n${statement}\n)`);
  } catch (error) {
    // The statement itself already ran; a shape DESCRIBE cannot take is shown with untyped values instead.
    if (error instanceof QueryError) return null;
    throw error;
  }
}

export async function runConsoleSql(sql: string): Promise<ConsoleResult> {
  const check = checkConsoleSql(sql);
  if (!check.ok) throw new ConsoleRefusal(check.reason);
  const started = performance.now();
  const raw = await viewEngine.query(check.statement);
  const ms = performance.now() - started;
  const described = await describe(check.statement, check.kind);
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
 * So the key holds the text and the run number instead of the set of loaded tables.
 */
export function consoleQueryOptions(sql: string | null, run: number, enabled: boolean) {
  return queryOptions({
    queryKey: ['sql-console', sql, run] as const,
    queryFn: () => runConsoleSql(sql ?? ''),
    enabled: sql !== null && enabled,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
    gcTime: 0,
  });
}
