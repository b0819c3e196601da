import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { mapModel, type MapModelInput } from '../../../src/app/local-authorities/map-model';
import { figureFormatter } from '../../../src/app/local-authorities/ranking-format';
import { parseBoundaries } from '../../../src/data/geo/map-boundaries';
import type { RankingRow } from '../../../src/data/sql/ranking-query';

const boundaries = parseBoundaries(
  readFileSync(fileURLToPath(new URL('../../../data/la_boundaries.topo.json', import.meta.url)), 'utf8'),
);

const row = (code: string, name: string, value: number | null, rank: number | null): RankingRow => ({
  la_key: code,
  la_code: code,
  la_old_code: null,
  la_name: name,
  region_code: code,
  region_name: name,
  latest_period: '2024/25',
  latest_value: value,
  latest_flag: value === null ? 'c' : null,
  previous_period: '2023/24',
  previous_value: null,
  previous_flag: null,
  change_previous: null,
  baseline_period: null,
  baseline_value: null,
  baseline_flag: null,
  change_baseline: null,
  rank,
  ranked: 2,
  quartile: rank === null ? null : rank,
  england_value: 2.39,
  england_flag: null,
  region_value: value,
  region_flag: null,
  schools: null,
  schools_total: null,
  schools_flag: null,
  schools_total_flag: null,
  previous_schools: null,
  previous_schools_total: null,
  baseline_schools: null,
  baseline_schools_total: null,
  england_schools: null,
  england_schools_total: null,
});

const input = (change: Partial<MapModelInput>): MapModelInput => ({
  boundaries,
  rows: [],
  year: 2024,
  level: 'Regional',
  method: 'quantile',
  regionCode: null,
  grain: 'Academic year',
  decimals: 2,
  unit: '%',
  formatValue: figureFormatter(2, '%'),
  ...change,
});

describe('the region level', () => {
  const model = mapModel(
    input({
      rows: [
        row('E12000003', 'Yorkshire and The Humber', 2.86, 1),
        row('E12000007', 'London', null, null),
        row('E13000001', 'Inner London', 1.7, 2),
      ],
    }),
  );

  test('draws the nine regions of the map file, whatever rows the file has', () => {
    expect(model.areas.map((a) => a.key).sort()).toEqual(
      boundaries.regions.map((r) => r.properties.code).sort(),
    );
    expect(model.areas.every((a) => !a.london)).toBe(true);
  });

  test.each([
    ['E12000003', 2.86, 'Yorkshire and The Humber'],
    ['E12000007', null, 'London'],
    ['E12000001', null, 'North East'],
  ])('%s has value %s', (code, value, name) => {
    const area = model.areas.find((a) => a.key === code);
    expect(area).toMatchObject({ value, name, classIndex: value === null ? -1 : 4 });
  });

  test('a suppressed region says why; a region with no row says so; a row with no region is named', () => {
    expect(model.areas.find((a) => a.key === 'E12000007')?.summary).toContain('suppressed');
    expect(model.areas.find((a) => a.key === 'E12000001')?.summary).toContain('no row for this area');
    expect(model.unplaced.map((r) => r.la_name)).toEqual(['Inner London']);
  });

  test('a chosen region does not narrow the region level', () => {
    expect(mapModel(input({ regionCode: 'E12000003' })).areas).toHaveLength(9);
  });
});
