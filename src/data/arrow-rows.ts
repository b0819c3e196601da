import type { Row } from './sql-engine';

interface ArrowLikeTable {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

/** DuckDB returns integers as bigint and dates as epoch numbers; views want plain JSON-safe numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

export function arrowToRows<T extends Row>(table: ArrowLikeTable): T[] {
  return table.toArray().map((record) => {
    const row: Row = {};
    for (const [key, value] of Object.entries(record.toJSON())) row[key] = plain(value);
    return row as T;
  });
}
