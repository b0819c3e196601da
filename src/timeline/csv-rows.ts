import Papa from 'papaparse';

/** One CSV record and the line of the file it starts on (quoted fields may span several lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** The line the header is on, for errors about columns. */
  headerLine: number;
  rows: CsvRow[];
  errors: { line: number; message: string }[];
}

/** Offsets at which each line starts, so a record's offset can be turned into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Splits CSV text into a header and records with their line numbers. Blank lines are skipped; a byte-order mark
 * (Excel writes one) is dropped. PapaParse gives no line numbers, but its step cursor marks where each record ends.
 */
export function readCsvRows(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const starts = lineStarts(text);
  const records: CsvRow[] = [];
  const errors: CsvTable['errors'] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const line = lineAt(starts, cursor);
      cursor = result.meta.cursor;
      for (const error of result.errors) errors.push({ line, message: error.message });
      if (!isBlank(result.data)) records.push({ line, cells: result.data });
    },
  });
  const [first, ...rows] = records;
  if (!first) return { header: [], headerLine: 1, rows: [], errors };
  return { header: first.cells.map((cell) => cell.trim()), headerLine: first.line, rows, errors };
}
