import Papa from 'papaparse';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula. Published text such
 * as an LA name can carry one, so such cells get a leading apostrophe; numbers are written as numbers.
 */
export function neutraliseCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV text of `rows`; without the header line for the parts of a file written a batch at a time. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  header = true,
): string {
  return Papa.unparse(
    {
      fields: columns.map((column) => String(neutraliseCell(column))),
      data: rows.map((row) => columns.map((column) => neutraliseCell(row[column]))),
    },
    { newline: '\r\n', header },
  );
}
