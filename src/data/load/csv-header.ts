import Papa from 'papaparse';
import { LoadError } from './load-error';
import { looksLikeMetaHeader } from '../ees/meta-csv';
import { LEVEL_COLUMNS, TIME_COLUMNS } from '../ees/geography';

/** Enough of the start of a file to judge it before DuckDB reads the whole of it. */
export const SNIFF_BYTES = 256 * 1024;

export interface CsvHeader {
  columns: string[];
  hasDataRow: boolean;
  /** Comma, or tab for a tab-separated export; semicolon files are refused (their decimal commas would misread). */
  delimiter: ',' | '\t';
}

const SAVE_AS_CSV = 'Save it from your spreadsheet as “CSV UTF-8 (comma delimited)” and add it again.';

function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a zip archive';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x1f, 0x8b)) return 'a gzip archive';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel (.xls) workbook';
  if (bytes.subarray(0, 4096).includes(0)) return 'a binary file';
  return null;
}

/** Line and column (1-based) of the first byte that is not UTF-8, or null when the bytes decode. */
function firstInvalidUtf8(bytes: Uint8Array, complete: boolean): { line: number; column: number } | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes, { stream: !complete });
    return null;
  } catch {
    let low = 0;
    let high = bytes.length;
    // Binary search for the longest prefix that still decodes; the next byte is the culprit.
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        low = mid;
      } catch {
        high = mid - 1;
      }
    }
    const before = new TextDecoder().decode(bytes.subarray(0, low));
    const lines = before.split('\n');
    const lastLine = lines.at(-1) ?? '';
    return { line: lines.length, column: lastLine.split(',').length };
  }
}

function rejectNonCsvText(fileName: string, text: string): void {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start === '')
    throw new LoadError(fileName, 'The file is empty.', 'Choose a CSV file with a header row and data rows.');
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<?xml'))
    throw new LoadError(
      fileName,
      'This is a web page, not a CSV file.',
      'Download the CSV file itself from Explore Education Statistics (the “Download” link) and add that.',
      1,
    );
  if (start.startsWith('{') || start.startsWith('['))
    throw new LoadError(
      fileName,
      'This is JSON, not a CSV file.',
      'Add the CSV download of the data instead.',
      1,
    );
}

/** Checks what can be checked cheaply at the start of a file and returns its column names. */
export function readCsvHeader(fileName: string, head: Uint8Array, complete: boolean): CsvHeader {
  if (head.length === 0)
    throw new LoadError(
      fileName,
      'The file is empty (0 bytes).',
      'Choose a CSV file with a header row and data rows.',
    );
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    throw new LoadError(fileName, 'The file is UTF-16 text, not UTF-8.', SAVE_AS_CSV, 1);
  const kind = binaryKind(head);
  if (kind) {
    const advice = kind === 'a zip archive' ? 'Unzip it and add the CSV files inside.' : 'Choose a CSV file.';
    throw new LoadError(fileName, `This is ${kind}, not a CSV file.`, advice);
  }
  const invalid = firstInvalidUtf8(head, complete);
  if (invalid)
    throw new LoadError(
      fileName,
      `The text is not UTF-8 (first bad character on line ${invalid.line}, field ${invalid.column}).`,
      SAVE_AS_CSV,
      invalid.line,
    );

  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  rejectNonCsvText(fileName, text);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const parsed = Papa.parse<string[]>(text, { preview: 2, delimiter, skipEmptyLines: 'greedy' });
  const columns = (parsed.data[0] ?? []).map((name) => name.trim());
  checkColumns(fileName, columns, text);
  return { columns, hasDataRow: parsed.data.length > 1, delimiter };
}

function checkColumns(fileName: string, columns: string[], text: string): void {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (columns.length === 1 && /[;|]/.test(firstLine)) {
    const separator = firstLine.includes(';') ? 'semicolons' : 'bars';
    throw new LoadError(fileName, `The columns are separated by ${separator}, not commas.`, SAVE_AS_CSV, 1);
  }
  if (looksLikeMetaHeader(columns))
    throw new LoadError(
      fileName,
      'This is an EES metadata file (.meta.csv), which describes a data file.',
      'Add it together with its data file (select both at once).',
      1,
    );

  const dataLike = columns.findIndex(
    (name) => /^\d+(\.\d+)?$/.test(name) || /^(National|Regional|Local authority|Academic year)$/i.test(name),
  );
  if (dataLike >= 0)
    throw new LoadError(
      fileName,
      `The first line looks like data (“${columns[dataLike]}”), so the file has no header row.`,
      'Add the column names as the first line (see the publication’s data guidance) and add it again.',
      1,
      columns[dataLike],
    );

  const blank = columns.findIndex((name) => name === '');
  if (blank >= 0)
    throw new LoadError(
      fileName,
      `Column ${blank + 1} of the header has no name.`,
      'Name every column in the first line.',
      1,
    );
  const seen = new Map<string, number>();
  columns.forEach((name, index) => {
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined)
      throw new LoadError(
        fileName,
        `The column name “${name}” appears twice (columns ${earlier + 1} and ${index + 1}).`,
        'Rename or remove one of them.',
        1,
        name,
      );
    seen.set(name.toLowerCase(), index);
  });

  const missing: string[] = [...TIME_COLUMNS].filter((name) => !columns.includes(name));
  if (!LEVEL_COLUMNS.some((name) => columns.includes(name))) missing.push('geographic_level');
  if (missing.length > 0)
    throw new LoadError(
      fileName,
      `This is not an EES data file: it has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}.`,
      'Files from Explore Education Statistics have time_period, time_identifier and geographic_level columns; add one of those files, or add these columns.',
      1,
    );
}

/** No EES row is more than a few KB long: a longer line means a broken file (often a lost quote). */
export const MAX_LINE_BYTES = 2_000_000;
