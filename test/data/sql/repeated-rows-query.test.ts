import { beforeAll, describe, expect, test } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { unofferedColumns, type RepeatedRows } from '../../../src/data/ees/repeated-rows';
import { loadDataset } from '../../../src/data/load/load-dataset';
import type { Dataset } from '../../../src/data/catalogue';
import { seriesQueryOptions } from '../../../src/queries/series-query-options';
import { repeatedRowsQuery } from '../../../src/data/sql/repeated-rows-query';
import type { SeriesRequest } from '../../../src/data/sql/series-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { bytesOf } from '../../support/dfe-files';
import { englandTotalRows, loadEesVariety } from '../../support/ees-variety-load';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** What the Trends view gets for a request: its query options, run on the Node engine by a fresh client. */
async function series(
  dataset: Pick<Dataset, 'view' | 'columns' | 'indicators' | 'filters'>,
  request: SeriesRequest,
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return client.fetchQuery(seriesQueryOptions(request, 1, unofferedColumns(dataset as Dataset), engine));
}

const HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,urn,sex,pupils';
const leeds = (year: string, sex: string, urn: string, pupils: string) =>
  `${year},Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000035,Leeds,${urn},${sex},${pupils}`;

const cases: {
  name: string;
  lines: string[];
  filters: Record<string, string>;
  values: (number | null)[];
  repeats: Pick<RepeatedRows, 'values' | 'same'>[];
  differing: string[];
}[] = [
  {
    name: 'one row per year: nothing repeats',
    lines: [leeds('2022', 'Total', '', '10'), leeds('2023', 'Total', '', '12')],
    filters: { sex: 'Total' },
    values: [10, 12],
    repeats: [],
    differing: [],
  },
  {
    name: 'two rows with different figures and nothing between them: a gap, both listed',
    lines: [
      leeds('2022', 'Total', '', '10'),
      leeds('2022', 'Total', '', '7'),
      leeds('2023', 'Total', '', '12'),
    ],
    filters: { sex: 'Total' },
    values: [null, 12],
    repeats: [{ values: [10, 7], same: false }],
    differing: [],
  },
  {
    name: 'the same row twice: drawn once, listed as the same',
    lines: [leeds('2022', 'Total', '', '10'), leeds('2022', 'Total', '', '10')],
    filters: { sex: 'Total' },
    values: [10],
    repeats: [{ values: [10, 10], same: true }],
    differing: [],
  },
  {
    name: 'a filter (sex) tells rows apart: pinned, nothing repeats',
    lines: [leeds('2022', 'Total', '', '10'), leeds('2022', 'Girls', '', '6')],
    filters: { sex: 'Girls' },
    values: [6],
    repeats: [],
    differing: [],
  },
  {
    name: 'rows told apart only by a column not offered as a choice (urn): named',
    lines: [leeds('2022', 'Total', '100001', '4'), leeds('2022', 'Total', '100002', '6')],
    filters: { sex: 'Total' },
    values: [null],
    repeats: [{ values: [4, 6], same: false }],
    differing: ['urn'],
  },
];

describe('a period and area the file repeats under the same choices is never one of its rows picked silently', () => {
  test.each(cases.map((c, index) => ({ ...c, index })))(
    '$name',
    async ({ lines, filters, values, repeats, differing, index }) => {
      const id = `repeat${index}`;
      const dataset = await loadDataset(engine, {
        id,
        fileName: `${id}.csv`,
        data: bytesOf([HEADER, ...lines].join('\n')),
        origin: 'user',
      });
      const got = await series(dataset, {
        view: dataset.view,
        indicator: 'pupils',
        levels: ['Local authority'],
        phase: 'Total',
        areaCodes: ['E08000035'],
        filters,
        from: null,
        to: null,
      });
      expect(got.rows.map((r) => r.value)).toEqual(values);
      // The engine returns tied rows in no fixed order.
      const sorted = (list: (number | null)[]) => [...list].sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(got.repeats.map((r) => ({ values: sorted(r.values), same: r.same }))).toEqual(
        repeats.map((r) => ({ ...r, values: sorted(r.values) })),
      );
      expect(got.differing).toEqual(differing);
    },
  );
});

test('a file whose every column is a choice needs no second statement to tell repeats apart', () => {
  const request: SeriesRequest = {
    view: 'ds_x',
    indicator: 'pupils',
    levels: ['National'],
    phase: 'Total',
    areaCodes: [],
    filters: {},
    from: null,
    to: null,
  };
  expect(repeatedRowsQuery(request, [])).toBeNull();
  expect(repeatedRowsQuery(request, ['urn'])?.sql).toContain('"urn"');
});

describe('level_2_3_sfla (genuine EES file) repeats England 2005/06 under every Total', () => {
  test('its three rows are listed with the file’s figures and the point is a gap', async () => {
    const dataset = await loadEesVariety(engine, 'level_2_3_sfla', 'level23');
    const fileRows = englandTotalRows('level_2_3_sfla', '200506');
    expect(fileRows.length).toBeGreaterThan(1);
    const filters = Object.fromEntries(dataset.filters.map((f) => [f.column, 'Total']));
    const got = await series(dataset, {
      view: dataset.view,
      indicator: 'l2by19',
      levels: ['National'],
      phase: 'Total',
      areaCodes: null,
      filters,
      from: null,
      to: null,
    });
    const repeat = got.repeats.find((r) => r.period === '2005/06');
    const byValue = (a: number | null, b: number | null) => (a ?? 0) - (b ?? 0);
    expect([...(repeat?.values ?? [])].sort(byValue)).toEqual(
      fileRows.map((r) => Number(r.l2by19)).sort(byValue),
    );
    expect(repeat?.same).toBe(false);
    expect(got.rows.find((r) => r.period === '2005/06')?.value).toBeNull();
    expect(got.differing).toEqual([]);
  });
});
