import type { IndicatorColumn, LoadedDataset } from '../catalogue';
import { engineMessage } from '../query-error';
import type { SqlEngine } from '../sql-engine';
import { FILE_FOLDER } from '../engine-lockdown';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import {
  CREATE_PERIODS_TABLE,
  DATE_COLUMN,
  fileViewSql,
  flagColumn,
  parsedRowsSql,
  tidySelectSql,
  tidyViewSql,
  type TidySource,
} from '../sql/tidy-view';
import { PHASE_COLUMNS } from '../ees/phase';
import { checkColumnCount } from './column-limit';
import { assignRoles, type ColumnRoles } from './column-roles';
import { columnProfileSql, readProfiles } from './column-profile';
import { MAX_LINE_BYTES, readCsvHeader, SNIFF_BYTES, type CsvHeader } from './csv-header';
import { explainCsvError, lineTooLong } from './duckdb-csv-error';
import { csvChunks } from './csv-chunks';
import { cancelledLoad, LoadError } from './load-error';
import { joinLaCodes } from './join-la-codes';
import { registerPeriods } from './register-periods';
import { distinctFilterValues } from './distinct-filter-values';
import { viewAreas } from './view-areas';
import { byteLength, headBytes, standardised, type LoadRequest } from './load-request';
import { typedDatabase, typedFileName } from './typed-file';

export type { LoadRequest } from './load-request';

const PROFILE_SAMPLE_ROWS = 20_000;

/**
 * The CSV reader's buffer. DuckDB's default is 16 × the longest line allowed, and an 8 MB line limit made it 128 MB:
 * buffers live in the 32-bit wasm heap, which never shrinks, so a 55 MB file took 394 MB of heap before its first
 * row was stored, against 150 MB with this buffer, which reads as fast (Node DuckDB-WASM, same file, one run each).
 */
const CSV_BUFFER_BYTES = 4 * MAX_LINE_BYTES;

/**
 * The file is read in pieces of this size, each committed before the next: DuckDB keeps a table's new rows
 * uncompressed until their statement ends, and the wasm heap never shrinks, so one statement over a 184 MB file left
 * 978 MB of heap for a 33 MB table; read in these pieces, the heap peaked at 423 MB (Node DuckDB-WASM, one run each).
 */
const CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * A piece of the file as DuckDB reads it: every column as text, the header already checked. Only the first piece
 * starts with the header row.
 */
function readCsvSql(internalName: string, header: CsvHeader, hasHeader: boolean): string {
  const types = `{${header.columns.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ')}}`;
  return `read_csv(${quoteLiteral(internalName)},
    header = ${hasHeader}, auto_detect = false, columns = ${types}, delim = ${quoteLiteral(header.delimiter)}, quote = '"', escape = '"',
    strict_mode = true, max_line_size = ${MAX_LINE_BYTES}, buffer_size = ${CSV_BUFFER_BYTES})`;
}

/** An indicator whose flag column would take the name of another column of the file stays text. */
const flagFits = (columns: readonly string[]) => (indicator: IndicatorColumn) =>
  !columns.includes(flagColumn(indicator.column));

/** Roles from a sample of the file's first rows (the meta file, where given, decides). */
async function decideRoles(
  engine: SqlEngine,
  request: LoadRequest,
  columns: readonly string[],
  csv: string,
): Promise<ColumnRoles> {
  const sample = `(SELECT * FROM ${csv} LIMIT ${PROFILE_SAMPLE_ROWS})`;
  const profiles = readProfiles(await engine.query(columnProfileSql(sample, columns)), columns);
  const decided = assignRoles(profiles, request.meta ?? []);
  const fits = flagFits(columns);
  return {
    ...decided,
    indicators: decided.indicators.filter(fits),
    filterColumns: columns.filter(
      (name) =>
        decided.filterColumns.includes(name) ||
        decided.indicators.some((indicator) => indicator.column === name && !fits(indicator)),
    ),
  };
}

/**
 * Decides each column's role from a sample of the file, then reads the whole file once, piece by piece, into the
 * typed tidy table: indicators as numbers with their flags, the rest as text. Returns the roles the table was built
 * with.
 */
async function readTable(
  engine: SqlEngine,
  request: LoadRequest,
  header: CsvHeader,
  source: Omit<TidySource, 'indicators'>,
): Promise<ColumnRoles> {
  const { columns } = header;
  const internalName = `${FILE_FOLDER}${source.table}.csv`;
  let roles: ColumnRoles | null = null;
  for await (const chunk of csvChunks(request.data, request.chunkBytes ?? CHUNK_BYTES, MAX_LINE_BYTES)) {
    if (request.signal?.aborted) throw cancelledLoad(request.fileName);
    if (chunk.longRecordLine !== null) throw lineTooLong(request.fileName, chunk.longRecordLine);
    const first = roles === null;
    await engine.registerFile(internalName, chunk.bytes);
    try {
      const csv = readCsvSql(internalName, header, first);
      if (!roles) {
        const profiling = performance.now();
        roles = await decideRoles(engine, request, columns, csv);
        performance.measure('lens:load-roles', { start: profiling, detail: { file: request.fileName } });
      }
      const typed: TidySource = { ...source, indicators: roles.indicators.map((i) => i.column) };
      const rows = `SELECT ${tidySelectSql(typed)} FROM ${parsedRowsSql(typed, csv)} r`;
      await engine.query(
        first
          ? `CREATE OR REPLACE TABLE ${quoteIdent(source.tidy)} AS ${rows}`
          : `INSERT INTO ${quoteIdent(source.tidy)} ${rows}`,
      );
    } catch (error) {
      if (request.signal?.aborted) throw cancelledLoad(request.fileName);
      // DuckDB counts lines from the start of the piece (the header's line, in the first).
      throw explainCsvError(request.fileName, engineMessage(error), columns, chunk.firstLine - 1);
    } finally {
      await engine.dropFile(internalName);
    }
    request.onProgress?.(chunk.end);
  }
  if (!roles)
    throw new LoadError(request.fileName, 'The file is empty (0 bytes).', 'Add a file that contains data.');
  return roles;
}

export async function loadDataset(engine: SqlEngine, given: LoadRequest): Promise<LoadedDataset> {
  const started = performance.now();
  const request = await standardised(given);
  const bytes = byteLength(request.data);
  const head = await headBytes(request.data);
  const header = readCsvHeader(request.fileName, head, bytes <= SNIFF_BYTES);
  const tooWide = checkColumnCount(request.fileName, header.columns.length);
  if (tooWide) throw tooWide;
  if (!header.hasDataRow && bytes <= SNIFF_BYTES)
    throw new LoadError(
      request.fileName,
      'The file has a header row but no data rows.',
      'Add a file that contains data.',
      2,
    );

  const table = `raw_${request.id}`;
  const view = `ds_${request.id}`;
  const tidy = `tidy_${request.id}`;
  const phaseColumn = PHASE_COLUMNS.find((name) => header.columns.includes(name)) ?? null;
  const untyped = { id: request.id, table, view, tidy, columns: header.columns, phaseColumn };
  const reading = performance.now();
  const roles = await readTable(engine, request, header, untyped).catch(async (error: unknown) => {
    // A piece that failed, or a cancel, after the first: the rows read so far go too.
    await dropDataset(engine, request.id);
    throw error;
  });
  const describing = performance.now();
  // Where a load's time goes (npm run bench prints it): reading the file (roles included), then describing it.
  performance.measure('lens:load-read', {
    start: reading,
    end: describing,
    detail: { file: request.fileName },
  });
  const source: TidySource = { ...untyped, indicators: roles.indicators.map((i) => i.column) };
  try {
    request.signal?.throwIfAborted();
    const [{ n } = { n: 0 }] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(tidy)}`,
    );
    if (n === 0)
      throw new LoadError(
        request.fileName,
        'The file has a header row but no data rows.',
        'Add a file that contains data.',
        2,
      );

    await joinLaCodes(engine, tidy);
    await engine.query(CREATE_PERIODS_TABLE);
    const { periods, unknown } = await registerPeriods(
      engine,
      request.id,
      tidy,
      request.grain ?? null,
      header.columns.includes(DATE_COLUMN),
    );
    await engine.query(tidyViewSql(source));
    await engine.query(fileViewSql(source));
    const [filters, { areas, levels, phases }] = await Promise.all([
      distinctFilterValues(engine, view, roles),
      viewAreas(engine, view),
    ]);
    performance.measure('lens:load-describe', { start: describing, detail: { file: request.fileName } });
    return {
      id: request.id,
      fileName: request.fileName,
      title: request.title ?? request.fileName,
      origin: request.origin,
      source: request.source ?? null,
      table,
      view,
      rows: n,
      bytes,
      columns: header.columns,
      indicators: roles.indicators,
      filters,
      phases,
      grains: [...new Set(periods.map((period) => period.grain))],
      levels,
      periods,
      areas,
      firstPeriod: periods[0]?.label ?? null,
      lastPeriod: periods.at(-1)?.label ?? null,
      unknownPeriods: unknown,
      loadMs: performance.now() - started,
    };
  } catch (error) {
    await dropDataset(engine, request.id);
    throw request.signal?.aborted ? cancelledLoad(request.fileName) : error;
  }
}

/** Removes a dataset's tables, view and periods; used to undo a half-finished load and to unload a file. */
export async function dropDataset(engine: SqlEngine, id: string): Promise<void> {
  // Views first, then the table under them; part-way through a load some of them do not exist yet.
  for (const name of [`raw_${id}`, `ds_${id}`, `tidy_${id}`]) {
    const [found] = await engine.query<{ kind: string }>(
      'SELECT table_type AS kind FROM information_schema.tables WHERE table_name = ?',
      [name],
    );
    if (found) await engine.query(`DROP ${found.kind === 'VIEW' ? 'VIEW' : 'TABLE'} ${quoteIdent(name)}`);
  }
  // A default dataset's rows live in its typed file, attached until the dataset goes.
  const [attached] = await engine.query('SELECT 1 AS found FROM duckdb_databases() WHERE database_name = ?', [
    typedDatabase(id),
  ]);
  if (attached) {
    await engine.query(`DETACH ${quoteIdent(typedDatabase(id))}`);
    await engine.dropFile(typedFileName(id));
  }
  await engine.query(CREATE_PERIODS_TABLE);
  await engine.query('DELETE FROM lens_periods WHERE dataset = ?', [id]);
}
