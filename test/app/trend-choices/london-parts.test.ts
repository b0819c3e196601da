import { beforeAll, describe, expect, test } from 'vitest';
import { areaOptions } from '../../../src/app/trend-choices/area-choice';
import { datasetChoices, readChoices, toSeriesRequest } from '../../../src/app/trend-choices/trend-choices';
import type { Dataset } from '../../../src/data/catalogue';
import { periodOf } from '../../../src/data/ees/time-periods';
import { seriesQuery, type SeriesRow } from '../../../src/data/sql/series-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { eesVarietyRows, loadEesVariety } from '../../support/ees-variety-load';
import { createNodeEngine } from '../../support/node-engine';

/**
 * absence_in_prus (../shared/data/ees-variety, a genuine EES file read at test time, never copied) gives London
 * only as Inner London (E13000001) and Outer London (E13000002) in its region columns. London must still be one
 * region to choose, with its parts under it, and "Local authorities in London" must find the boroughs.
 */
let engine: SqlEngine;
let dataset: Dataset;
type FileRow = Record<string, string>;
let fileRows: FileRow[];

beforeAll(async () => {
  engine = await createNodeEngine();
  dataset = { ...(await loadEesVariety(engine, 'absence_in_prus', 'prus')), revision: 1, live: true };
  fileRows = eesVarietyRows('absence_in_prus');
});

async function drawn(geo: string) {
  const choices = readChoices(
    { ds: 'prus', geo, ind: 'sess_overall_percent' },
    [dataset],
    datasetChoices([dataset], []),
  );
  const request = toSeriesRequest(choices);
  if (!request) throw new Error(`no request for ${geo}`);
  const { sql, params } = seriesQuery(request);
  return engine.query<SeriesRow & Record<string, unknown>>(sql, params);
}

const inLondon = (row: FileRow) => /^E1300000[12]$/.test(row.region_code ?? '');
const label = (row: FileRow) => periodOf(row.time_period ?? '', row.time_identifier ?? '').label;

describe('London given as Inner and Outer London', () => {
  test('the regions listed are the nine, London among them, with its parts under it', () => {
    const regions = areaOptions(dataset, 'Regional');
    expect(regions.filter((o) => o.group === 'England').map((o) => o.label)).toContain('London (E12000007)');
    expect(regions.filter((o) => o.group === 'London').map((o) => o.label)).toEqual([
      'Inner London (E13000001)',
      'Outer London (E13000002)',
    ]);
    expect(regions.filter((o) => o.group === 'England')).toHaveLength(9);
  });

  const cases: { geo: string; fileRows: (row: FileRow) => boolean }[] = [
    {
      geo: 'la:E12000007',
      fileRows: (row) => row.geographic_level === 'Local authority' && inLondon(row),
    },
    {
      geo: 'area:Regional:E12000007',
      fileRows: (row) =>
        (row.geographic_level === 'Regional' && inLondon(row)) || row.geographic_level === 'National',
    },
  ];
  test.each(cases)('$geo draws the file’s figures for London', async ({ geo, fileRows: pick }) => {
    const rows = await drawn(geo);
    const expected = fileRows.filter(pick);
    expect(expected.length).toBeGreaterThan(0);
    const key = (period: string, code: string) => `${period}|${code}`;
    const codeOf = (row: FileRow) =>
      row.geographic_level === 'National'
        ? (row.country_code ?? '')
        : row.geographic_level === 'Regional'
          ? (row.region_code ?? '')
          : (row.new_la_code ?? '');
    expect(new Map(rows.map((r) => [key(r.period, r.area_code ?? ''), r.value]))).toEqual(
      new Map(expected.map((r) => [key(label(r), codeOf(r)), Number(r.sess_overall_percent)])),
    );
  });
});
