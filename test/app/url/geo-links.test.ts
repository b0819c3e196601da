import { describe, expect, test } from 'vitest';
import { chartAreaFor, eventScopeFor } from '../../../src/app/chart-events/chart-scope';
import { areaGeo, parseAreaGeo } from '../../../src/app/trend-choices/area-choice';
import { parseGeo, writeGeo } from '../../../src/app/url/geo-code';
import {
  datasetChoices,
  emphasisFor,
  geographyOptions,
  readChoices,
  toSeriesRequest,
} from '../../../src/app/trend-choices/trend-choices';
import type { Dataset } from '../../../src/data/catalogue';
import { area } from '../../support/catalogue-area';

// Issue #25 step 1: `geo` codes are read and written by one module; the links today's app writes open as before.
// Apart from the last test, this file uses only the readers views call, so it passed on the code before the change
// as it does after it.

const schools = Array.from({ length: 25 }, (_, i) =>
  area('School', `1000${String(i).padStart(2, '0')}`, `School ${i}`, 'E08000037', null, 'E12000001'),
);

const dataset: Dataset = {
  id: 'd',
  fileName: 'd.csv',
  title: 'D',
  origin: 'user',
  source: null,
  table: 'raw_d',
  view: 'ds_d',
  rows: 10,
  bytes: 100,
  columns: [],
  indicators: [{ column: 'rate', label: 'Rate', unit: '%', decimals: 1 }],
  filters: [],
  phases: ['Total'],
  grains: ['Academic year'],
  levels: ['National', 'Regional', 'Local authority', 'School'],
  periods: [{ label: '2023/24', grain: 'Academic year', start: '2023-09-01', end: '2024-08-31' }],
  areas: [
    area('National', 'E92000001', 'England', null, null, null),
    area('Regional', 'E12000001', 'North East', 'E92000001', null, null),
    area('Local authority', 'E08000037', 'Gateshead', 'E12000001', null, 'E12000001'),
    ...schools,
  ],
  firstPeriod: '2023/24',
  lastPeriod: '2023/24',
  unknownPeriods: [],
  loadMs: 1,
  revision: 1,
  live: true,
};

const all = datasetChoices([dataset], []);
const opened = (geo: string) => readChoices({ ds: 'd', ind: 'rate', geo }, [dataset], all);
const laToRegion = new Map([['E08000037', 'E12000001']]);

describe('the geo codes of links written by today’s app open the same chart', () => {
  test.each([
    ['england-regions', { levels: ['National', 'Regional'], areaCodes: null }],
    ['level:National', { levels: ['National'], areaCodes: null }],
    ['level:Regional', { levels: ['Regional'], areaCodes: null }],
    ['top:School', { levels: ['School'], areaCodes: null, largest: 10 }],
    ['la:E12000001', { levels: ['Local authority'], areaCodes: null, regionCode: 'E12000001' }],
    [
      'drill:E08000037',
      {
        levels: ['National', 'Regional', 'Local authority'],
        areaCodes: ['E92000001', 'E12000001', 'E08000037'],
      },
    ],
    [
      'area:School:100003',
      {
        levels: ['School', 'Local authority', 'Regional', 'National'],
        areaCodes: ['100003', 'E08000037', 'E12000001', 'E92000001'],
      },
    ],
  ])('%s', (geo, request) => {
    const choices = opened(geo);
    expect(choices.geography).toBe(geo);
    expect(toSeriesRequest(choices)).toMatchObject(request);
  });

  test.each([
    ['sn:E08000037', 'sn:E08000037'],
    // Codes the dataset does not offer, or that no app wrote, open its first choice.
    ['drill:E09999999', 'england-regions'],
    ['area:School:999999', 'england-regions'],
    ['area:School', 'england-regions'],
    ['nonsense', 'england-regions'],
    ['', 'england-regions'],
  ])('%s opens as %s', (geo, geography) => {
    expect(opened(geo).geography).toBe(geography);
  });

  test.each([
    ['drill:E08000037', { level: 'local-authority', code: 'E08000037', regionCode: 'E12000001' }],
    ['drill:E09999999', { level: 'local-authority', code: 'E09999999' }],
    ['la:E12000001', { level: 'regional', code: 'E12000001' }],
    ['england-regions', { level: 'national', code: 'E92000001' }],
    ['area:School:100003', { level: 'national', code: 'E92000001' }],
  ])('the events drawn on %s are those of %j', (geo, chartArea) => {
    expect(chartAreaFor(geo, laToRegion)).toEqual(chartArea);
  });

  test.each([
    ['drill:E08000037', ['E92000001', 'E08000037']],
    ['area:School:100003', ['E92000001', '100003']],
    ['la:E12000001', ['E92000001']],
  ])('%s draws %j with emphasis', (geo, codes) => {
    expect(emphasisFor(geo)).toEqual(codes);
  });

  test.each([
    [['E92000001'], 'National', 'level:National'],
    [['E12000001'], 'Regional', 'la:E12000001'],
    [['E13000001', 'E13000002'], 'Regional', 'la:E12000007'],
  ])('a characteristics chart of %j (%s) scopes its events as %s', (codes, level, scope) => {
    expect(eventScopeFor(codes, level)).toBe(scope);
  });

  test.each([
    ['Local authority', 'E08000037', 'drill:E08000037'],
    ['School', '100003', 'area:School:100003'],
    ['Ward', 'E05:odd:code', 'area:Ward:E05:odd:code'],
  ])('one %s area %s is written %s and read back', (level, code, geo) => {
    expect(areaGeo(level, code)).toBe(geo);
    expect(parseAreaGeo(geo)).toEqual({ level, code });
  });

  test('every geo choice the Areas list offers is a code that writes back the same', () => {
    const offered = geographyOptions(dataset, 'area:School:100003').map((option) => option.value);
    const kinds = new Set<string>();
    for (const geo of offered) {
      const code = parseGeo(geo);
      expect(code).not.toBeNull();
      if (code) expect(writeGeo(code)).toBe(geo);
      kinds.add(code?.kind ?? '');
    }
    // Every kind the union names is one the app offers.
    expect(kinds.size).toBe(7);
  });
});
