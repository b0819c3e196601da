import type { SchemaTable } from './schema-query';

export interface SchemaPanelProps {
  tables: readonly SchemaTable[] | undefined;
  error: Error | null;
  /** Puts a starting query for the table into the editor. */
  onPick: (table: string) => void;
}

/** The loaded tables and views with their columns, so an analyst can write SQL without guessing names. */
export function SchemaPanel({ tables, error, onPick }: SchemaPanelProps) {
  return (
    <section className="sql-schema" aria-labelledby="sql-schema-title">
      <h3 id="sql-schema-title">Tables</h3>
      {error && <p role="alert">Could not list the tables: {error.message}</p>}
      {!tables && !error && <p className="hint">Waiting for the data to load…</p>}
      <ul>
        {tables?.map((table) => (
          <li key={table.name} data-table={table.name}>
            <details open={table.name === 'observations'}>
              <summary>
                <code>{table.name}</code> <span className="sql-schema-kind">{table.kind}</span>
                <span className="sql-schema-about">{table.about}</span>
              </summary>
              <ul className="sql-schema-columns" aria-label={`Columns of ${table.name}`}>
                {table.columns.map((column) => (
                  <li key={column.name}>
                    <code>{column.name}</code> <span className="sql-schema-type">{column.type}</span>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => onPick(table.name)}>
                Query <span className="visually-hidden">{table.name}</span> in the editor
              </button>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
