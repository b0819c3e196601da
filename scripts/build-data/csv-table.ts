import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** A CSV held as text cells: values pass through the builder untouched unless a transform says otherwise. */
export interface Table {
  readonly header: string[];
  readonly rows: string[][];
}

/**
 * Parses CSV text with a real parser, because DfE files quote some fields that contain commas and mix CRLF and LF.
 * A byte-order mark is dropped. Pass `header` for files that have none (the absence-bands zip).
 */
export function parseCsv(text: string, source: string, header?: readonly string[]): Table {
  // Comma always: auto-detection guesses wrongly on one-column or one-line files.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true });
  const firstLine = header ? 1 : 2;
  const error = parsed.errors[0];
  if (error) {
    throw new Error(
      `${source}: line ${(error.row ?? 0) + firstLine - 1}: ${error.message}; is it a CSV file?`,
    );
  }
  const rows = parsed.data;
  const columns = header ? [...header] : rows.shift();
  if (!columns || columns.length === 0) throw new Error(`${source}: no header row`);
  rows.forEach((row, index) => {
    if (row.length !== columns.length) {
      throw new Error(
        `${source}: line ${index + firstLine}: ${row.length} fields where the header has ${columns.length}`,
      );
    }
  });
  return { header: columns, rows };
}

export function readCsvFile(path: string, header?: readonly string[]): Table {
  return parseCsv(readFileSync(path, 'utf8'), path, header);
}

/** Where a column sits, or a message naming the file that lacks it. */
export function columnIndex(table: Table, column: string, source: string): number {
  const index = table.header.indexOf(column);
  if (index < 0)
    throw new Error(`${source}: missing column "${column}" (header: ${table.header.join(', ')})`);
  return index;
}

/** One cell by column name; the row width was checked on parsing, so a miss means a wrong index. */
export function cell(row: readonly string[], index: number): string {
  const value = row[index];
  if (value === undefined) throw new Error(`no cell ${index} in a row of ${row.length}`);
  return value;
}

/** LF line ends, a final newline, no BOM, and quotes only where a field needs them (papaparse decides). */
export function toCsv(table: Table): string {
  return `${Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\n' })}\n`;
}

/** Keys compared element by element: numbers numerically, text by code unit so the order never depends on locale. */
export type SortKey = readonly (string | number)[];

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** A stable sort, so rows with equal keys keep the order of the input and the output stays deterministic. */
export function sortRows(table: Table, key: (row: readonly string[]) => SortKey): Table {
  const keyed = table.rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return { header: table.header, rows: keyed.map((entry) => entry.row) };
}
