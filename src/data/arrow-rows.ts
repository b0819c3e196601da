import type { Row } from './sql-engine';

interface ArrowLikeVector {
  readonly nullCount: number;
  readonly type: { readonly typeId: number };
  toArray(): unknown;
  [Symbol.iterator](): Iterator<unknown>;
}

interface ArrowLikeTable {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChildAt(index: number): ArrowLikeVector | null;
}

// Arrow's type ids (apache-arrow's `Type` enum) of the columns read straight from their typed arrays.
const ARROW_INT = 2;
const ARROW_FLOAT = 3;

/** DuckDB returns integers as bigint and dates as epoch numbers; views want plain JSON-safe numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/**
 * A column's values, read once per column: a number column with no NULL straight from its typed array, any other
 * through Arrow's own reading (which gives NULL for a missing value, never the 0 the typed array holds there).
 */
function columnValues(vector: ArrowLikeVector | null): ArrayLike<unknown> {
  if (!vector) return [];
  const typeId = vector.type.typeId;
  if (vector.nullCount === 0 && (typeId === ARROW_INT || typeId === ARROW_FLOAT))
    return vector.toArray() as ArrayLike<unknown>;
  return Array.from(vector);
}

/**
 * The result as one plain object per row, built column by column: reading an Arrow table row by row builds a proxy
 * and a copy per row, which made a long series (tens of thousands of rows) slower to read than to query.
 */
export function arrowToRows<T extends Row>(table: ArrowLikeTable): T[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, index) => columnValues(table.getChildAt(index)));
  const rows = new Array<T>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = plain(columns[c]?.[r]);
    rows[r] = row as T;
  }
  return rows;
}
