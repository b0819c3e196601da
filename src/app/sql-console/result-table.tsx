import { cellText, isNumericType, type Cell } from './cell-value';
import type { ConsoleResult } from './console-query';

/** Enough rows to read and scroll; the CSV download carries the rest. */
export const SHOWN_ROWS = 1000;

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

/** A console result as a plain table: numbers right-aligned as numbers, NULL marked apart from the text "NULL". */
export function ResultTable({ result }: { result: ConsoleResult }) {
  const { columns, rows, ms } = result;
  const shown = rows.slice(0, SHOWN_ROWS);
  const caption = `${count(rows.length)} ${rows.length === 1 ? 'row' : 'rows'}${rows.length > SHOWN_ROWS ? ` (first ${count(SHOWN_ROWS)} shown)` : ''} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-GB')} ms`;
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
          <caption>{caption}</caption>
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
          <tbody>
            {shown.map((row, index) => (
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
        </table>
      </div>
      {rows.length > SHOWN_ROWS && (
        <p className="hint">
          Showing the first {count(SHOWN_ROWS)} of {count(rows.length)} rows; Download CSV has them all.
        </p>
      )}
      {rows.length === 0 && <p className="hint">The query returned no rows.</p>}
    </>
  );
}
