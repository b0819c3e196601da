import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../../data/catalogue';
import { viewEngine } from '../../data/datasets/browser-datasets';
import type { SqlEngine } from '../../data/sql-engine';
import { PERIODS_TABLE } from '../../data/sql/tidy-view';

export interface SchemaTable {
  name: string;
  kind: 'table' | 'view';
  /** What the table is, in words: a dataset's title or the role of an app table. */
  about: string;
  columns: { name: string; type: string }[];
}

interface ColumnRow extends Record<string, unknown> {
  table_name: string;
  table_type: string;
  column_name: string;
  data_type: string;
}

// The page's own database only: the default datasets' typed files are attached beside it, each with a schema 'main'
// of its own whose tables the views in the page's database already read.
const SCHEMA_SQL = `SELECT c.table_name, t.table_type, c.column_name, c.data_type
FROM information_schema.columns c
JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
WHERE c.table_catalog = current_database() AND c.table_schema = 'main'
ORDER BY c.table_name, c.ordinal_position`;

function describeTable(name: string, datasets: readonly Dataset[]): { about: string; rank: number } {
  if (name === 'observations')
    return { about: 'Every loaded dataset in long form: one row per indicator value', rank: 0 };
  const view = datasets.findIndex((d) => d.view === name);
  if (view !== -1) return { about: `${datasets[view]?.title ?? name} (tidy view)`, rank: 1 + view };
  const raw = datasets.findIndex((d) => d.table === name);
  if (raw !== -1)
    return {
      about: `${datasets[raw]?.title ?? name}: the file as read, every column text`,
      rank: 1000 + raw,
    };
  if (name === PERIODS_TABLE) return { about: 'Period labels and dates for every dataset', rank: 2000 };
  return { about: 'Another table', rank: 3000 };
}

/** Groups information_schema's columns by table: observations first, then each dataset's view, then the rest. */
export function schemaTables(rows: readonly ColumnRow[], datasets: readonly Dataset[]): SchemaTable[] {
  const tables = new Map<string, SchemaTable & { rank: number }>();
  for (const row of rows) {
    let table = tables.get(row.table_name);
    if (!table) {
      table = {
        name: row.table_name,
        kind: row.table_type === 'VIEW' ? 'view' : 'table',
        columns: [],
        ...describeTable(row.table_name, datasets),
      };
      tables.set(row.table_name, table);
    }
    table.columns.push({ name: row.column_name, type: row.data_type });
  }
  return [...tables.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .map(({ rank: _rank, ...table }) => table);
}

/** Keyed on the set of loaded tables: a new or removed dataset changes the schema. */
export function schemaQueryOptions(
  datasets: readonly Dataset[],
  dataVersion: number,
  engine: Pick<SqlEngine, 'query'> = viewEngine,
) {
  return queryOptions({
    queryKey: ['sql-console-schema', dataVersion] as const,
    queryFn: async () => schemaTables(await engine.query<ColumnRow>(SCHEMA_SQL), datasets),
    enabled: datasets.length > 0,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
  });
}
