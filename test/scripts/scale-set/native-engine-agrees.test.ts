import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNativeEngine, type NativeEngine } from '../../../scripts/native-engine';
import { writeScaleSet } from '../../../scripts/scale-set/write-set';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import { attachHosted } from '../../../src/data/hosted/attach-hosted';
import type { HostedManifest } from '../../../src/data/hosted/hosted-manifest';
import type { Row, SqlEngine } from '../../../src/data/sql-engine';
import { filterCombinationsQuery } from '../../../src/data/sql/filter-combinations';
import { rankingMarksQuery, rankingQuery, type RankingMarks } from '../../../src/data/sql/ranking-query';
import { seriesQuery, type SeriesRequest } from '../../../src/data/sql/series-query';
import { createNodeEngine } from '../../support/node-engine';

// The same typed files, the same SQL builders, two engines: native DuckDB (a server could run it) and DuckDB-WASM.
let dir = '';
let manifest: HostedManifest;
let native: NativeEngine;
let wasm: SqlEngine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lens-scale-'));
  native = await createNativeEngine();
  manifest = await writeScaleSet(native, {
    id: 'scale',
    title: 'Scale test set',
    shape: { schools: 40, years: [2022, 2023] },
    outDir: dir,
  });
  await attachHosted(native, manifest, async (partition) => path.join(dir, partition.file));
  wasm = await createNodeEngine();
  await attachHosted(wasm, manifest, async (partition) => {
    const name = `${FILE_FOLDER}hosted/${partition.file}`;
    await wasm.registerFile(name, new Uint8Array(readFileSync(path.join(dir, partition.file))));
    return name;
  });
});

afterAll(() => {
  native.close();
  rmSync(dir, { recursive: true, force: true });
});

const series = (change: Partial<SeriesRequest>): SeriesRequest => ({
  view: manifest.dataset.view,
  indicator: 'sess_overall_percent',
  levels: ['National'],
  phase: null,
  areaCodes: null,
  filters: { pupil_group: 'Total', year_group: 'Total' },
  from: null,
  to: null,
  ...change,
});

// A primary school: it teaches no secondary years, which the file marks z.
const school = () => manifest.dataset.areas.find((a) => a.level === 'School' && a.name.startsWith('Primary'));
const authority = () => manifest.dataset.areas.find((a) => a.level === 'Local authority');

describe('the native engine and DuckDB-WASM on the same hosted files', () => {
  it('describe the set the generator wrote: every partition attached, every row seen', async () => {
    const count = `SELECT count(*)::INTEGER AS n FROM "${manifest.dataset.view}"`;
    const [nativeCount] = await native.query<{ n: number }>(count);
    const [wasmCount] = await wasm.query<{ n: number }>(count);
    expect(nativeCount?.n).toBe(manifest.dataset.rows);
    expect(wasmCount?.n).toBe(manifest.dataset.rows);
    expect(manifest.dataset.levels).toEqual(['Local authority', 'National', 'Regional', 'School']);
  });

  it.each([
    ['England', () => series({})],
    [
      'one authority, a suppressed group',
      () =>
        series({
          levels: ['Local authority'],
          areaCodes: [authority()?.code ?? ''],
          filters: { pupil_group: 'EHC plan', year_group: 'Years 10 to 11' },
        }),
    ],
    ['one school', () => series({ levels: ['School'], areaCodes: [school()?.code ?? ''] })],
    [
      'one school, a year group it does not teach',
      () =>
        series({
          levels: ['School'],
          areaCodes: [school()?.code ?? ''],
          filters: { pupil_group: 'Girls', year_group: 'Years 7 to 9' },
        }),
    ],
  ])('give the same series: %s', async (_name, request) => {
    const query = seriesQuery(request());
    const fromNative = await native.query(query.sql, query.params);
    const fromWasm = await wasm.query(query.sql, query.params);
    expect(fromNative.length).toBeGreaterThan(0);
    expect(fromNative).toEqual(fromWasm);
  });

  it('keep the symbols: a school with no secondary years says z, not 0', async () => {
    const query = seriesQuery(
      series({
        levels: ['School'],
        areaCodes: [school()?.code ?? ''],
        filters: { pupil_group: 'Total', year_group: 'Years 7 to 9' },
      }),
    );
    const rows = await native.query<{ value: number | null; flag: string | null }>(query.sql, query.params);
    expect(rows.map((r) => [r.value, r.flag])).toEqual([
      [null, 'z'],
      [null, 'z'],
    ]);
  });

  it('give the filter combinations the manifest carries for the views, which never scan the set for them', async () => {
    const columns = manifest.dataset.filters.map((f) => f.column);
    const query = filterCombinationsQuery(manifest.dataset.view, columns, 'Total');
    const known = manifest.dataset.filterCombinations?.Total;
    expect(known).toHaveLength(manifest.dataset.filters.reduce((n, f) => n * f.values.length, 1));
    // The query has no order; compare the rows as sets.
    const sorted = (rows: readonly Row[] = []) => rows.map((row) => JSON.stringify(row)).sort();
    expect(sorted(await native.query(query.sql, query.params))).toEqual(sorted(known));
    expect(sorted(await wasm.query(query.sql, query.params))).toEqual(sorted(known));
  });

  it('give the same ranking of authorities', async () => {
    const request = {
      view: manifest.dataset.view,
      indicator: 'sess_overall_percent',
      phase: null,
      filters: { pupil_group: 'Total', year_group: 'Total' },
      regionCode: null,
      latestPeriod: null,
      baselinePeriod: '2022/23',
    };
    const marksQuery = rankingMarksQuery(request);
    const [marks] = await native.query<RankingMarks & Row>(marksQuery.sql, marksQuery.params);
    expect(await wasm.query(marksQuery.sql, marksQuery.params)).toEqual([marks]);
    const query = rankingQuery(request, marks as RankingMarks);
    const fromNative = await native.query(query.sql, query.params);
    expect(fromNative).toHaveLength(40);
    expect(fromNative).toEqual(await wasm.query(query.sql, query.params));
  });
});
