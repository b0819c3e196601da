import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedDataset } from '../../src/data/catalogue';
import { describedDataset } from '../../src/data/default-description';
import type { HostedManifest, HostedPartition } from '../../src/data/hosted/hosted-manifest';
import { HOSTED_MANIFEST_VERSION } from '../../src/data/hosted/hosted-manifest';
import { assignRoles, type ColumnRoles } from '../../src/data/load/column-roles';
import { distinctFilterValues } from '../../src/data/load/distinct-filter-values';
import { viewAreas } from '../../src/data/load/view-areas';
import { filterCombinationsQuery } from '../../src/data/sql/filter-combinations';
import { columnProfileSql, readProfiles } from '../../src/data/load/column-profile';
import { joinLaCodes } from '../../src/data/load/join-la-codes';
import { registerPeriods } from '../../src/data/load/register-periods';
import { TYPED_PERIODS, TYPED_ROWS } from '../../src/data/load/typed-file';
import type { Row, SqlEngine } from '../../src/data/sql-engine';
import { quoteIdent, quoteLiteral } from '../../src/data/sql/quote';
import {
  CREATE_PERIODS_TABLE,
  parsedRowsSql,
  PERIODS_TABLE,
  tidySelectSql,
  tidyViewSql,
  type TidySource,
} from '../../src/data/sql/tidy-view';
import { FILE_COLUMNS, fileRowsSql, type ScaleShape } from './rows-sql';

/**
 * DuckDB-WASM 1.32 is DuckDB 1.4: files in that storage version, so the browser reads them with every compression
 * they use. Small blocks, because the browser reads a file a block at a time, each by a range request: a query for
 * one school reads a few blocks of each column it needs, and 256 KB blocks (DuckDB's default) made each of those
 * reads sixteen times larger. Row groups are DuckDB's default (122,880 rows); each file is sorted by level, area
 * code and period, so a row group's zone map spans a narrow run of codes and a query for one school touches one run
 * of rows for every year. (Sorted by authority first, a school's number fell inside nearly every row group's range,
 * since numbers do not follow authorities, and DuckDB read whole columns.)
 */
const ATTACH_OPTIONS = "STORAGE_VERSION 'v1.4.0', BLOCK_SIZE 16384";

export interface WriteOptions {
  id: string;
  title: string;
  shape: ScaleShape;
  outDir: string;
  layout?: Layout;
}

/**
 * How rows are split into files. Every file costs the browser a few sequential range requests to attach (a HEAD,
 * the headers, the catalogue) and a few more per query that reaches it, so fewer files answer sooner: `level` (the
 * default) writes one file per geographic level with every year in it, `year-level` one per year and level.
 */
export type Layout = 'level' | 'year-level';

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const fileOf = (layout: Layout, timePeriod: string, level: string) =>
  `${layout === 'level' ? '' : `${timePeriod}-`}${slug(level)}.duckdb`;
/**
 * Filters and areas, found by the app's loader's own functions (load-dataset.ts), over the finished view, and the
 * filter combinations of each phase as the views' own query answers them: the views read these from the manifest,
 * since that query reads every row of the set.
 */
async function describe(engine: SqlEngine, view: string, roles: ColumnRoles) {
  const [filters, { areas, phases }] = await Promise.all([
    distinctFilterValues(engine, view, roles),
    viewAreas(engine, view),
  ]);
  const filterCombinations: Record<string, Row[]> = {};
  for (const phase of phases) {
    const query = filterCombinationsQuery(
      view,
      filters.map((f) => f.column),
      phase,
    );
    filterCombinations[phase] = await engine.query(query.sql, query.params);
  }
  return { filters, areas, phases, filterCombinations };
}

/**
 * Writes the set: the rows made by the app's own tidy SQL (as a CSV load makes them), split by year and level into
 * DuckDB files, and `manifest.json` with the description the app reads instead of profiling anything.
 */
export async function writeScaleSet(engine: SqlEngine, options: WriteOptions): Promise<HostedManifest> {
  const { id, outDir } = options;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const raw = `raw_${id}`;
  const tidy = `tidy_${id}`;
  const view = `ds_${id}`;
  await engine.query(`CREATE OR REPLACE TABLE ${quoteIdent(raw)} AS ${fileRowsSql(options.shape)}`);
  const profiles = readProfiles(
    await engine.query(columnProfileSql(`(SELECT * FROM ${quoteIdent(raw)} LIMIT 20000)`, FILE_COLUMNS)),
    FILE_COLUMNS,
  );
  const roles = assignRoles(profiles, []);
  const source: TidySource = {
    id,
    table: `raw_${id}`,
    view,
    tidy,
    columns: FILE_COLUMNS,
    phaseColumn: roles.phaseColumn,
    indicators: roles.indicators.map((i) => i.column),
  };
  await engine.query(
    `CREATE OR REPLACE TABLE ${quoteIdent(tidy)} AS SELECT ${tidySelectSql(source)} FROM ${parsedRowsSql(source, quoteIdent(raw))} r`,
  );
  await engine.query(`DROP TABLE ${quoteIdent(raw)}`);
  await joinLaCodes(engine, tidy);
  await engine.query(CREATE_PERIODS_TABLE);
  const { periods, unknown } = await registerPeriods(engine, id, tidy, null);
  await engine.query(tidyViewSql(source));
  const described = await describe(engine, view, roles);

  const partitions: HostedPartition[] = [];
  const groups = await engine.query<{ time_period: string; level: string; n: number }>(
    `SELECT time_period, level, count(*)::INTEGER AS n FROM ${quoteIdent(tidy)} GROUP BY ALL ORDER BY ALL`,
  );
  const files = new Map<string, { periods: string[]; levels: string[]; rows: number }>();
  for (const group of groups) {
    const file = fileOf(options.layout ?? 'level', group.time_period, group.level);
    const entry = files.get(file) ?? { periods: [], levels: [], rows: 0 };
    if (!entry.periods.includes(group.time_period)) entry.periods.push(group.time_period);
    if (!entry.levels.includes(group.level)) entry.levels.push(group.level);
    entry.rows += group.n;
    files.set(file, entry);
  }
  for (const [file, { periods: filePeriods, levels, rows }] of files) {
    const path = join(outDir, file);
    const inList = (values: string[]) => values.map(() => '?').join(', ');
    await engine.query(`ATTACH ${quoteLiteral(path)} AS part (${ATTACH_OPTIONS})`);
    try {
      // Sorted by area, then period: one area's rows over every year lie together, in one or two blocks a column.
      await engine.query(
        `CREATE TABLE part.${TYPED_ROWS} AS SELECT * FROM ${quoteIdent(tidy)}
         WHERE time_period IN (${inList(filePeriods)}) AND level IN (${inList(levels)})
         ORDER BY level, area_code, time_period, pupil_group, year_group`,
        [...filePeriods, ...levels],
      );
      await engine.query(
        `CREATE TABLE part.${TYPED_PERIODS} AS SELECT * EXCLUDE (dataset) FROM ${PERIODS_TABLE}
         WHERE dataset = ? AND time_period IN (${inList(filePeriods)}) ORDER BY ALL`,
        [id, ...filePeriods],
      );
    } finally {
      await engine.query('DETACH part');
    }
    partitions.push({ file, periods: filePeriods, levels, rows, bytes: statSync(path).size });
  }
  const rows = partitions.reduce((sum, p) => sum + p.rows, 0);
  const dataset: LoadedDataset = {
    id,
    fileName: `${id}.csv`,
    title: options.title,
    origin: 'default',
    source:
      'Synthetic: npm run data:scale (scripts/scale-set), in the shape of EES school-level absence files.',
    table: source.table,
    view,
    rows,
    bytes: partitions.reduce((sum, p) => sum + p.bytes, 0),
    columns: [...FILE_COLUMNS],
    indicators: roles.indicators,
    filters: described.filters,
    phases: described.phases,
    grains: [...new Set(periods.map((p) => p.grain))],
    levels: [...new Set(partitions.flatMap((p) => p.levels))].sort(),
    periods,
    areas: described.areas,
    firstPeriod: periods[0]?.label ?? null,
    lastPeriod: periods.at(-1)?.label ?? null,
    unknownPeriods: unknown,
    filterCombinations: described.filterCombinations,
    loadMs: 0,
  };
  const manifest: HostedManifest = {
    version: HOSTED_MANIFEST_VERSION,
    dataset: describedDataset(dataset),
    partitions,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  await engine.query(`DROP VIEW ${quoteIdent(view)}`);
  await engine.query(`DROP TABLE ${quoteIdent(tidy)}`);
  return manifest;
}
