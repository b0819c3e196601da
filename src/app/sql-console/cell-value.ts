/** One value of a console result, as shown and as written to CSV: numbers stay numbers, NULL stays null. */
export type Cell = number | string | boolean | null;

const DECIMAL = /^DECIMAL\(\d+,(\d+)\)(\[\])?$/;

/** Arrow hands DuckDB's DECIMAL over as its unscaled integer ("-5" for -0.05 at scale 2); the scale comes from DESCRIBE. */
function scaleDecimal(unscaled: string, scale: number): string {
  if (scale === 0) return unscaled;
  const negative = unscaled.startsWith('-');
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Past 15 significant digits a double would round the figure, so the exact text is kept instead. */
function exactNumber(text: string): number | string {
  return text.replace(/[-.]/g, '').replace(/^0+/, '').length > 15 ? text : Number(text);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE and TIMESTAMP arrive as epoch milliseconds, TIME as microseconds since midnight. */
function dateText(type: string, value: number): string | null {
  if (type === 'DATE') return new Date(value).toISOString().slice(0, 10);
  if (type.startsWith('TIMESTAMP')) {
    const iso = new Date(value)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.000Z$|Z$/, '');
    return type.includes('TIME ZONE') ? `${iso}+00` : iso;
  }
  if (type === 'TIME') {
    const seconds = Math.floor(value / 1_000_000);
    return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  }
  return null;
}

function json(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? Number(inner) : inner));
}

function blobText(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) =>
    byte >= 0x20 && byte < 0x7f
      ? String.fromCharCode(byte)
      : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/** Turns what DuckDB-WASM returned for a column of the given type (null when unknown) into a cell. */
export function toCell(value: unknown, type: string | null): Cell {
  if (value === null || value === undefined) return null;
  const decimal = type ? DECIMAL.exec(type) : null;
  if (decimal && typeof value === 'object') {
    const scale = Number(decimal[1]);
    if (decimal[2])
      return `[${Array.from(value as Iterable<unknown>, (v) => scaleDecimal(String(v), scale)).join(', ')}]`;
    return exactNumber(scaleDecimal(String(value), scale));
  }
  if (typeof value === 'number') return (type && dateText(type, value)) ?? value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Uint8Array) return blobText(value);
  // HUGEINT arrives like a DECIMAL of scale 0; lists, structs, maps and intervals print themselves as JSON. Only the
  // whole type name counts: STRUCT(a INTEGER) and INTERVAL contain "INT" too.
  if (type && /^U?HUGEINT$/.test(type)) return exactNumber(String(value));
  // The console asks DuckDB for INTERVALs as text; one that still arrives as Arrow's misread layout is not shown.
  if (type && /^INTERVAL/.test(type)) return 'INTERVAL (cast it to VARCHAR to see it)';
  return json(value);
}

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;

/** Whether a column of this DuckDB type holds numbers (some kept as exact text when a double would round them). */
export const isNumericType = (type: string | null): boolean => type !== null && NUMERIC_TYPE.test(type);

/** The text a cell shows: numbers exactly as JavaScript prints them, so 2023 is not "2,023". */
export function cellText(cell: Cell): string {
  return cell === null ? 'NULL' : String(cell);
}
