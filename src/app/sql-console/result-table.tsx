import { memo, useEffect, useState } from 'react';
import { cellText, isNumericType, type Cell } from './cell-value';
import type { ConsoleResult } from './console-query';

/** The row count as far as the console knows it: from the page itself, from the engine's count, or not yet. */
export type RowTotal =
  { state: 'known'; rows: number } | { state: 'counting' } | { state: 'stopped' } | { state: 'failed' };

/**
 * Rows drawn in one frame. The browser lays a table's new rows out in the task that draws them, and a thousand rows
 * of text at once took 100 to 350 ms of one task on the 2-core machine; a hundred take a tenth of that, and the
 * rows already drawn are not laid out again.
 */
const ROWS_PER_FRAME = 100;

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

const ResultRow = memo(function ResultRow({
  row,
  columns,
}: {
  row: ConsoleResult['rows'][number];
  columns: ConsoleResult['columns'];
}) {
  return (
    <tr>
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
  );
});

/**
 * The page's rows, a hundred more each frame until all are drawn, so a page arriving never holds the tab in one long
 * task. Drawn again only for a new page: the count arriving, or a page being fetched, changes the caption and the
 * buttons, not the rows.
 */
const ResultRows = memo(function ResultRows({ result }: { result: ConsoleResult }) {
  const { columns, rows } = result;
  const [drawn, setDrawn] = useState({ result, rows: ROWS_PER_FRAME });
  if (drawn.result !== result) setDrawn({ result, rows: ROWS_PER_FRAME });
  const upTo = drawn.result === result ? drawn.rows : ROWS_PER_FRAME;
  useEffect(() => {
    if (upTo >= rows.length) return;
    const frame = requestAnimationFrame(() => setDrawn({ result, rows: upTo + ROWS_PER_FRAME }));
    return () => cancelAnimationFrame(frame);
  }, [result, rows.length, upTo]);
  return (
    <tbody aria-busy={upTo < rows.length}>
      {rows.slice(0, upTo).map((row, index) => (
        <ResultRow key={index} row={row} columns={columns} />
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
          <ResultRows result={result} />
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
