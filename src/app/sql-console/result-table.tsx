import { memo, useDeferredValue } from 'react';
import { cellText, isNumericType, type Cell } from './cell-value';
import type { ConsoleResult } from './console-query';

/** The row count as far as the console knows it: from the page itself, from the engine's count, or not yet. */
export type RowTotal =
  { state: 'known'; rows: number } | { state: 'counting' } | { state: 'stopped' } | { state: 'failed' };

/** Rows few enough to draw in the same task as the rest of the result. */
const AT_ONCE_ROWS = 100;

const count = (n: number) => n.toLocaleString('en-GB');

function CellContent({ cell }: { cell: Cell }) {
  if (cell === null)
    return (
      <span className="sql-null" title="NULL: no value">
        NULL
      </span>
    );
  return <>{cellText(cell)}</>;
}

function totalText(total: RowTotal, shownTo: number): string {
  switch (total.state) {
    case 'known':
      return count(total.rows);
    case 'counting':
      return 'more (counting…)';
    case 'stopped':
      return `more than ${count(shownTo)} (counting was stopped)`;
    case 'failed':
      return `more than ${count(shownTo)} (DuckDB could not count them)`;
  }
}

function caption(result: ConsoleResult, total: RowTotal): string {
  const { rows, ms, offset, more } = result;
  const time = `${ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-GB')} ms`;
  // A result that fits one page reads as before: its count is the page's.
  if (offset === 0 && !more) return `${count(rows.length)} ${rows.length === 1 ? 'row' : 'rows'} in ${time}`;
  const to = offset + rows.length;
  return `Rows ${count(offset + 1)}–${count(to)} of ${totalText(total, to)}; this page in ${time}`;
}

/**
 * The page's rows, drawn again only for a new page: the count arriving, or a page being fetched, changes the caption
 * and the buttons, not a thousand rows.
 */
const ResultRows = memo(function ResultRows({ result }: { result: ConsoleResult | null }) {
  if (!result) return <tbody />;
  const { columns, rows } = result;
  return (
    <tbody>
      {rows.map((row, index) => (
        <tr key={index}>
          {columns.map((column) => {
            const cell = row[column.name] ?? null;
            const numeric = typeof cell === 'number' || isNumericType(column.type);
            return (
              <td key={column.name} className={numeric ? 'sql-number' : 'sql-text'}>
                <CellContent cell={cell} />
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
});

interface ResultTableProps {
  result: ConsoleResult;
  total: RowTotal;
  /** A page is on its way: the buttons wait for it. */
  paging: boolean;
  onPage: (step: -1 | 1) => void;
}

/**
 * A page of a console result as a plain table: numbers right-aligned as numbers, NULL marked apart from the text
 * "NULL". The engine keeps the rest of the result; the buttons ask it for the page before or after.
 */
export function ResultTable({ result, total, paging, onPage }: ResultTableProps) {
  const { columns, rows } = result;
  const paged = result.offset > 0 || result.more;
  // A thousand rows are drawn in a background render that yields to input every few milliseconds, so a page
  // arriving never holds the tab in one long task; a few rows are drawn at once.
  const deferred = useDeferredValue<ConsoleResult | null>(result, null);
  const rowsShown = rows.length <= AT_ONCE_ROWS ? result : deferred;
  return (
    <>
      {result.repeated.length > 0 && (
        <p className="hint">
          More than one column is called {result.repeated.map((name) => `“${name}”`).join(', ')}; only the
          last of each is shown. Name them apart with AS.
        </p>
      )}
      <div className="table-scroll sql-result" tabIndex={0} role="region" aria-label="Query result">
        <table className="data-table">
          <caption data-total={total.state}>{caption(result, total)}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  scope="col"
                  key={column.name}
                  title={column.type ?? undefined}
                  className={isNumericType(column.type) ? 'sql-number' : 'sql-text'}
                >
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <ResultRows result={rowsShown} />
        </table>
      </div>
      {paged && (
        <div className="sql-pages">
          <button type="button" onClick={() => onPage(-1)} disabled={paging || result.offset === 0}>
            Previous page
          </button>
          <button type="button" onClick={() => onPage(1)} disabled={paging || !result.more}>
            Next page
          </button>
          <span className="hint">Download CSV writes every row.</span>
        </div>
      )}
      {rows.length === 0 && <p className="hint">The query returned no rows.</p>}
    </>
  );
}
