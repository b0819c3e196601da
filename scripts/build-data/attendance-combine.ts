import { cell, sortRows, type Table } from './csv-table';
import { EES_ID_COLUMNS, eesSortKey, PHASE_COLUMN, toPhase } from './ees-conventions';
import type { NamedTable } from './la-codes';

/** Written where a year's file has no such column: the measure did not exist then, so it is not applicable. */
export const NOT_APPLICABLE = 'z';

/**
 * The union of several headers. The first header sets the order; a column it lacks is placed straight after its
 * neighbour in the header that has it, so a retired register code stays beside the codes it sat with.
 */
export function unionColumns(headers: readonly (readonly string[])[]): string[] {
  const union: string[] = [];
  for (const header of headers) {
    header.forEach((column, index) => {
      if (union.includes(column)) return;
      const before = index === 0 ? -1 : union.indexOf(header[index - 1] ?? '');
      union.splice(before + 1, 0, column);
    });
  }
  return union;
}

export interface CombineOptions {
  /** Keep only these indicator columns (in this order's union position), when they exist. */
  keep?: readonly string[];
  /** `time_identifier` for files without one (the year-to-date files' value). */
  timeIdentifier?: string;
}

export interface Combined {
  table: Table;
  /** Columns written `z` in some files' rows, with those files. */
  filled: { column: string; files: string[] }[];
}

/** One file with `education_phase` for `school_type` and without `academic_year`, which repeats `time_period`. */
function normalise(file: NamedTable, options: CombineOptions): Table {
  const header = file.table.header.map((column) => (column === 'school_type' ? PHASE_COLUMN : column));
  if (new Set(header).size !== header.length)
    throw new Error(`${file.label}: has both school_type and education_phase`);
  const phase = header.indexOf(PHASE_COLUMN);
  if (phase < 0) throw new Error(`${file.label}: no school_type or education_phase column`);
  const year = header.indexOf('academic_year');
  const period = header.indexOf('time_period');
  const identifier = header.indexOf('time_identifier');
  if (identifier < 0 && !options.timeIdentifier) throw new Error(`${file.label}: no time_identifier column`);
  const rows = file.table.rows.map((row, index) => {
    if (year >= 0 && cell(row, year) !== cell(row, period)) {
      throw new Error(
        `${file.label}: line ${index + 2}: academic_year differs from time_period; keep both columns`,
      );
    }
    const out = row
      .map((value, column) => (column === phase ? toPhase(value, file.label) : value))
      .filter((_, column) => column !== year);
    return identifier < 0 ? [...out, options.timeIdentifier ?? ''] : out;
  });
  const kept = header.filter((column) => column !== 'academic_year');
  return { header: identifier < 0 ? [...kept, 'time_identifier'] : kept, rows };
}

/**
 * Concatenates one kind of attendance file across years into a single EES table: identifying columns first in EES
 * order, then the union of the indicators (newest file's order first), `z` where a year's file lacks a column.
 */
export function combineAttendance(files: readonly NamedTable[], options: CombineOptions = {}): Combined {
  if (files.length === 0) throw new Error('no attendance files to combine');
  const tables = files.map((file) => normalise(file, options));
  const ids: readonly string[] = [...EES_ID_COLUMNS, PHASE_COLUMN];
  const indicators = unionColumns([...tables].reverse().map((table) => table.header)).filter(
    (column) => !ids.includes(column) && (!options.keep || options.keep.includes(column)),
  );
  const header = [...ids, ...indicators];
  const filled = new Map<string, string[]>();
  const rows = tables.flatMap((table, index) => {
    const label = files[index]?.label ?? '';
    const positions = header.map((column) => {
      const at = table.header.indexOf(column);
      if (at < 0) filled.set(column, [...(filled.get(column) ?? []), label]);
      return at;
    });
    return table.rows.map((row) => positions.map((at) => (at < 0 ? NOT_APPLICABLE : cell(row, at))));
  });
  const combined = { header, rows };
  const sorted = sortRows(combined, eesSortKey(combined, files[0]?.label ?? ''));
  assertUnique(sorted, header);
  const inHeaderOrder = header.flatMap((column) => {
    const labels = filled.get(column);
    return labels ? [{ column, files: labels }] : [];
  });
  return { table: sorted, filled: inHeaderOrder };
}

/** Two files covering the same week or term would double count; stop rather than pick one. */
function assertUnique(table: Table, header: readonly string[]): void {
  const key = [
    'time_period',
    'time_identifier',
    'geographic_level',
    'region_code',
    'new_la_code',
    PHASE_COLUMN,
  ].map((column) => header.indexOf(column));
  const seen = new Set<string>();
  for (const row of table.rows) {
    const id = key.map((at) => cell(row, at)).join('|');
    if (seen.has(id)) throw new Error(`attendance: the row ${id} appears in more than one file`);
    seen.add(id);
  }
}
