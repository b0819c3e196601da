import type { Row } from './sql-engine';

/** One chunk of a text column: each cell's UTF-8 bytes lie between two offsets into `values`. */
interface ArrowLikeUtf8Data {
  readonly length: number;
  readonly valueOffsets: Int32Array;
  readonly values: Uint8Array;
  getValid(index: number): boolean;
}

interface ArrowLikeVector {
  readonly length: number;
  readonly nullCount: number;
  readonly type: { readonly typeId: number };
  readonly data: readonly unknown[];
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
const ARROW_UTF8 = 5;

const utf8 = new TextDecoder();

/** FNV-1a over a cell's bytes: a cheap key under which equal cells meet. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

function sameBytes(a: Uint8Array, aStart: number, b: Uint8Array, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[aStart + i] !== b[bStart + i]) return false;
  return true;
}

interface Decoded {
  bytes: Uint8Array;
  start: number;
  length: number;
  text: string;
}

/**
 * A text column's strings, each distinct cell decoded once. A result repeats its labels (the period on every area's
 * row, the area in every period), and decoding every cell on its own was most of the time spent reading a long
 * series: 66,000 rows of four text columns took longer to decode than to query.
 */
function utf8Values(chunks: readonly ArrowLikeUtf8Data[], length: number): (string | null)[] {
  const out = new Array<string | null>(length);
  const seen = new Map<number, Decoded[]>();
  let at = 0;
  for (const chunk of chunks) {
    const { valueOffsets: offsets, values: bytes } = chunk;
    for (let i = 0; i < chunk.length; i++, at++) {
      if (!chunk.getValid(i)) {
        out[at] = null;
        continue;
      }
      const start = offsets[i] ?? 0;
      const size = (offsets[i + 1] ?? start) - start;
      const hash = hashBytes(bytes, start, start + size);
      const candidates = seen.get(hash);
      const found = candidates?.find(
        (c) => c.length === size && sameBytes(c.bytes, c.start, bytes, start, size),
      );
      if (found) {
        out[at] = found.text;
        continue;
      }
      const text = utf8.decode(bytes.subarray(start, start + size));
      const entry = { bytes, start, length: size, text };
      if (candidates) candidates.push(entry);
      else seen.set(hash, [entry]);
      out[at] = text;
    }
  }
  return out;
}

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
  if (typeId === ARROW_UTF8) return utf8Values(vector.data as ArrowLikeUtf8Data[], vector.length);
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
