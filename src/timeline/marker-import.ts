import { formatBytes } from '../data/format-bytes';
import { readCsvRows } from './csv-rows';
import type { Marker } from './event';
import { jsonItemLines } from './json-item-lines';
import { MARKER_CSV_COLUMNS, MARKER_EXPORT_FORMAT, MARKER_EXPORT_VERSION } from './marker-export';
import { describeErrors, newMarkerId, validateMarker } from './marker-validate';

export const MAX_IMPORT_BYTES = 2 * 1000 * 1000;
export type ImportFormat = 'json' | 'csv';

export interface RejectedRow {
  /** The file line the row or item starts on, for ordering. */
  line: number;
  /** Where to look, in words: "line 7" (CSV), "item 3, line 22" or, when items share a line, "item 3" (JSON). */
  place: string;
  reason: string;
}

/**
 * What an import would add; nothing is stored yet. `accepted` holds every valid marker, including those whose id
 * is already stored: `conflicts` lists those ids so the UI can ask whether to replace or keep both.
 */
export interface ImportResult {
  accepted: Marker[];
  rejected: RejectedRow[];
  conflicts: string[];
}

/** The whole file was refused (too large, not JSON, wrong columns); `line` points at the problem when known. */
export class MarkerImportError extends Error {
  override readonly name = 'MarkerImportError';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

const REQUIRED_CSV_COLUMNS = ['title', 'start', 'type'];
// What the export's neutraliseFormula prefixed: an apostrophe before a formula character or another apostrophe.
const NEUTRALISED = /^'[=+\-@\t\r']/;

interface Item {
  line: number;
  place: string;
  value: unknown;
}

function checkSize(bytes: number): void {
  if (bytes <= MAX_IMPORT_BYTES) return;
  throw new MarkerImportError(
    `The file is ${formatBytes(bytes)}; markers can be imported from files of up to ${formatBytes(MAX_IMPORT_BYTES)}.`,
    null,
  );
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function jsonItems(text: string, withLines: boolean): Item[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 reports a character position; people need a line.
    const position = /position (\d+)/.exec(message);
    const line = position ? lineOf(text, Number(position[1])) : null;
    throw new MarkerImportError(
      `The file is not valid JSON${line ? ` (line ${line})` : ''}: ${message}`,
      line,
    );
  }
  let items: unknown;
  if (Array.isArray(data)) items = data;
  else if (
    typeof data === 'object' &&
    data !== null &&
    'format' in data &&
    data.format === MARKER_EXPORT_FORMAT
  ) {
    const version = 'version' in data ? data.version : undefined;
    if (typeof version === 'number' && version > MARKER_EXPORT_VERSION) {
      throw new MarkerImportError(
        `The file was made by a newer version of Attendance Lens (format ${version}).`,
        1,
      );
    }
    items = 'markers' in data ? data.markers : undefined;
  }
  if (!Array.isArray(items)) {
    throw new MarkerImportError('Expected a list of markers or an Attendance Lens marker export.', 1);
  }
  const lines = jsonItemLines(text);
  // A file written on one line would call every item "line 1": the item's number says which.
  const shared = new Set(lines.filter((line, i) => lines.indexOf(line) !== i));
  return items.map((value: unknown, i) => {
    const line = lines[i] ?? 1;
    const place = withLines && !shared.has(line) ? `item ${i + 1}, line ${line}` : `item ${i + 1}`;
    return { line, place, value };
  });
}

/** Undoes the export's formula neutralising so a round trip gives back the same text. */
function restoreCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

function csvItems(text: string, rejected: RejectedRow[]): Item[] {
  const table = readCsvRows(text);
  const { header, headerLine } = table;
  if (header.length === 0) throw new MarkerImportError('The CSV file is empty.', 1);
  const known = MARKER_CSV_COLUMNS;
  const problems = [
    ...REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c)).map((c) => `missing column ${c}`),
    ...header.filter((c) => !known.includes(c)).map((c) => `unknown column "${c}"`),
    ...header.filter((c, i) => header.indexOf(c) !== i).map((c) => `column ${c} appears twice`),
  ];
  if (problems.length > 0) {
    throw new MarkerImportError(
      `Wrong columns on line ${headerLine}: ${problems.join('; ')}. Expected columns: ${known.join(', ')}.`,
      headerLine,
    );
  }
  const broken = new Map(table.errors.map((e) => [e.line, e.message]));
  const items: Item[] = [];
  for (const { line, cells } of table.rows) {
    const parseError = broken.get(line);
    const place = `line ${line}`;
    if (parseError !== undefined) rejected.push({ line, place, reason: parseError });
    else if (cells.length !== header.length) {
      rejected.push({ line, place, reason: `expected ${header.length} fields, found ${cells.length}` });
    } else {
      const value = Object.fromEntries(
        header.map((column, i) => [
          column === 'area_codes' ? 'areaCodes' : column,
          restoreCell(cells[i] ?? ''),
        ]),
      );
      items.push({ line, place, value });
    }
  }
  return items;
}

/**
 * Checks every marker in a JSON or CSV export; never stores anything and never overwrites. `inFile` false (a share
 * link's text, which nobody sees) names JSON items by number only.
 */
export function importMarkers(
  text: string,
  format: ImportFormat,
  existingIds: Iterable<string>,
  makeId: () => string = newMarkerId,
  inFile = true,
): ImportResult {
  checkSize(new TextEncoder().encode(text).length);
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rejected: RejectedRow[] = [];
  const items = format === 'json' ? jsonItems(clean, inFile) : csvItems(clean, rejected);
  const existing = new Set(existingIds);
  const accepted: Marker[] = [];
  const conflicts: string[] = [];
  const firstPlace = new Map<string, string>();
  for (const { line, place, value } of items) {
    const checked = validateMarker(value, makeId);
    if (!checked.ok) {
      rejected.push({ line, place, reason: describeErrors(checked.errors) });
      continue;
    }
    const { id } = checked.marker;
    const seen = firstPlace.get(id);
    if (seen !== undefined) {
      rejected.push({ line, place, reason: `id ${id} appears twice in the file (first at ${seen})` });
      continue;
    }
    firstPlace.set(id, place);
    accepted.push(checked.marker);
    if (existing.has(id)) conflicts.push(id);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { accepted, rejected, conflicts };
}

export function detectFormat(name: string, mimeType: string, text: string): ImportFormat {
  if (/\.json$/i.test(name) || mimeType === 'application/json') return 'json';
  if (/\.csv$/i.test(name) || mimeType === 'text/csv') return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Reads a dropped or chosen file; the size is checked first so a huge file is never read into memory. */
export async function importMarkerFile(file: File, existingIds: Iterable<string>): Promise<ImportResult> {
  checkSize(file.size);
  const text = await file.text();
  return importMarkers(text, detectFormat(file.name, file.type, text), existingIds);
}

/** "Keep both": the imported copy gets a fresh id that clashes with nothing stored or imported. */
export function keepBoth(
  marker: Marker,
  takenIds: Iterable<string>,
  makeId: () => string = newMarkerId,
): Marker {
  const taken = new Set(takenIds);
  for (let attempt = 0; attempt < 10; attempt++) {
    const id = makeId();
    if (!taken.has(id)) return { ...marker, id };
  }
  throw new Error(`could not find a free id for marker ${marker.id}`);
}
