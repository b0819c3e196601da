import type { Dataset, FilterColumn } from '../catalogue';
import type { MetaColumn } from '../ees/meta-csv';
import type { Grain } from '../ees/time-periods';
import { engineMessage } from '../query-error';
import type { SqlEngine } from '../sql-engine';
import { FILE_FOLDER } from '../engine-lockdown';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import { CREATE_PERIODS_TABLE, tidyViewSql } from '../sql/tidy-view';
import { assignRoles, textCountSql } from './column-roles';
import { readCsvHeader, SNIFF_BYTES, type CsvHeader } from './csv-header';
import { explainCsvError } from './duckdb-csv-error';
import { LoadError } from './load-error';
import { registerPeriods } from './register-periods';

export interface LoadRequest {
  id: string;
  fileName: string;
  data: File | Uint8Array;
  origin: 'default' | 'user';
  title?: string;
  source?: string | null;
  meta?: readonly MetaColumn[];
  grain?: Grain | null;
}

const PROFILE_SAMPLE_ROWS = 20_000;
const MAX_FILTER_VALUES = 500;

async function headBytes(data: File | Uint8Array): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data.subarray(0, SNIFF_BYTES);
  return new Uint8Array(await data.slice(0, SNIFF_BYTES).arrayBuffer());
}

const byteLength = (data: File | Uint8Array): number =>
  data instanceof Uint8Array ? data.byteLength : data.size;

async function readTable(
  engine: SqlEngine,
  request: LoadRequest,
  header: CsvHeader,
  table: string,
): Promise<void> {
  const { columns } = header;
  const internalName = `${FILE_FOLDER}${table}.csv`;
  await engine.registerFile(internalName, request.data);
  const types = `{${columns.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ')}}`;
  try {
    // Every column as text: a suppression symbol must survive to be explained, and the header was checked already.
    await engine.query(
      `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${quoteLiteral(internalName)},
        header = true, auto_detect = false, columns = ${types}, delim = ${quoteLiteral(header.delimiter)}, quote = '"', escape = '"',
        strict_mode = true, max_line_size = 8388608)`,
    );
  } catch (error) {
    throw explainCsvError(request.fileName, engineMessage(error), columns);
  } finally {
    await engine.dropFile(internalName);
  }
}

async function filterValues(
  engine: SqlEngine,
  table: string,
  columns: readonly string[],
): Promise<FilterColumn[]> {
  return Promise.all(
    columns.map(async (column) => {
      const rows = await engine.query<{ v: string | null }>(
        `SELECT DISTINCT trim(${quoteIdent(column)}) AS v FROM ${quoteIdent(table)} ORDER BY v LIMIT ${MAX_FILTER_VALUES}`,
      );
      return { column, label: column.replace(/_/g, ' '), values: rows.map((row) => row.v ?? '') };
    }),
  );
}

/** Checks a CSV file, reads it into DuckDB and describes it; on any failure nothing already loaded is touched. */
export async function loadDataset(engine: SqlEngine, request: LoadRequest): Promise<Dataset> {
  const started = performance.now();
  const bytes = byteLength(request.data);
  const head = await headBytes(request.data);
  const header = readCsvHeader(request.fileName, head, bytes <= SNIFF_BYTES);
  if (!header.hasDataRow && bytes <= SNIFF_BYTES)
    throw new LoadError(
      request.fileName,
      'The file has a header row but no data rows.',
      'Add a file that contains data.',
      2,
    );

  const table = `raw_${request.id}`;
  const view = `ds_${request.id}`;
  await readTable(engine, request, header, table);
  try {
    const [{ n } = { n: 0 }] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`,
    );
    if (n === 0)
      throw new LoadError(
        request.fileName,
        'The file has a header row but no data rows.',
        'Add a file that contains data.',
        2,
      );

    const candidates = header.columns;
    const [counts = {}] = await engine.query(textCountSql(table, candidates, PROFILE_SAMPLE_ROWS));
    const textCounts = new Map(candidates.map((name, index) => [name, Number(counts[`t${index}`] ?? 0)]));
    const roles = assignRoles(header.columns, textCounts, request.meta ?? []);

    await engine.query(CREATE_PERIODS_TABLE);
    const { periods, unknown } = await registerPeriods(engine, request.id, table, request.grain ?? null);
    await engine.query(
      tidyViewSql({
        id: request.id,
        table,
        view,
        columns: header.columns,
        phaseColumn: roles.phaseColumn,
        filterColumns: roles.filterColumns,
        indicatorColumns: roles.indicators.map((i) => i.column),
      }),
    );
    const [filters, levelRows, phaseRows, areaRows] = await Promise.all([
      filterValues(engine, table, roles.filterColumns),
      engine.query<{ level: string }>(
        `SELECT DISTINCT level FROM ${quoteIdent(view)} WHERE level IS NOT NULL ORDER BY level`,
      ),
      engine.query<{ phase: string }>(`SELECT DISTINCT phase FROM ${quoteIdent(view)} ORDER BY phase`),
      engine.query<{ level: string; code: string; name: string | null; region: string | null }>(
        `SELECT level, area_code AS code, any_value(area_name) AS name, any_value(region_code) AS region FROM ${quoteIdent(view)}
         WHERE area_code IS NOT NULL AND area_code <> '' GROUP BY level, area_code ORDER BY level, name`,
      ),
    ]);
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
      phases: phaseRows.map((row) => row.phase),
      grains: [...new Set(periods.map((period) => period.grain))],
      levels: levelRows.map((row) => row.level),
      periods,
      areas: areaRows.map((a) => ({
        level: a.level,
        code: a.code,
        name: a.name ?? a.code,
        regionCode: a.region || null,
      })),
      firstPeriod: periods[0]?.label ?? null,
      lastPeriod: periods.at(-1)?.label ?? null,
      unknownPeriods: unknown,
      loadMs: performance.now() - started,
    };
  } catch (error) {
    await dropDataset(engine, request.id);
    throw error;
  }
}

/** Removes a dataset's tables, view and periods; used to undo a half-finished load and to unload a file. */
export async function dropDataset(engine: SqlEngine, id: string): Promise<void> {
  await engine.query(`DROP VIEW IF EXISTS ${quoteIdent(`ds_${id}`)}`);
  await engine.query(`DROP TABLE IF EXISTS ${quoteIdent(`raw_${id}`)}`);
  await engine.query(CREATE_PERIODS_TABLE);
  await engine.query('DELETE FROM lens_periods WHERE dataset = ?', [id]);
}
