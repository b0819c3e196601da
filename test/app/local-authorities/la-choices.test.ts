import { describe, expect, test } from 'vitest';
import { readLaChoices, toRankingRequest } from '../../../src/app/local-authorities/la-choices';
import { drillParams } from '../../../src/app/local-authorities/la-drill';
import type { Dataset } from '../../../src/data/catalogue';
import type { RankingRow } from '../../../src/data/sql/ranking-query';

const dataset = (id: string, levels: string[]): Dataset =>
  ({
    id,
    view: `ds_${id}`,
    levels,
    phases: ['Total'],
    periods: [],
    filters: [],
    grains: ['Academic year'],
    indicators: [{ column: 'rate', label: 'Rate', unit: '%', decimals: 2 }],
    areas: [{ code: 'E08000019', name: 'Sheffield', level: 'Local authority', regionCode: 'E12000003' }],
  }) as unknown as Dataset;

const both = dataset('both', ['National', 'Regional', 'Local authority']);
const regionsOnly = dataset('regions', ['National', 'Regional']);
const nationalOnly = dataset('national', ['National']);

describe('the level ranked and mapped', () => {
  test.each([
    ['authorities by default', both, {}, 'Local authority', 'E12000003'],
    ['regions when chosen; the chosen region is dropped', both, { 'la.level': 'region' }, 'Regional', ''],
    ['regions for a file with no authorities', regionsOnly, {}, 'Regional', ''],
  ])('%s', (_, chosen, params, level, regionCode) => {
    const choices = readLaChoices({ 'la.ds': chosen.id, 'la.region': 'E12000003', ...params }, [
      both,
      regionsOnly,
      nationalOnly,
    ]);
    expect(choices.level).toBe(level);
    expect(choices.regionCode).toBe(regionCode);
    expect(toRankingRequest(choices)).toMatchObject({ level, regionCode: regionCode || null });
  });

  test('a file with neither authorities nor regions is not offered', () => {
    expect(readLaChoices({ 'la.ds': 'national' }, [nationalOnly]).dataset).toBeUndefined();
  });
});

describe('selecting an area', () => {
  const row = { la_code: 'E12000003' } as RankingRow;
  test.each([
    ['a region of a file with authorities maps its authorities', both, { 'la.region': 'E12000003' }],
    ['a region of a region file opens England and the regions', regionsOnly, { geo: 'england-regions' }],
  ])('%s', (_, chosen, expected) => {
    const choices = readLaChoices({ 'la.ds': chosen.id, 'la.level': 'region' }, [chosen]);
    expect(drillParams(row, choices)).toMatchObject(expected);
  });

  test('an authority opens its trend beside its region and England', () => {
    const choices = readLaChoices({ 'la.ds': 'both' }, [both]);
    expect(drillParams({ la_code: 'E08000019' } as RankingRow, choices)).toMatchObject({
      geo: 'drill:E08000019',
      ds: 'both',
      ind: 'rate',
    });
    expect(drillParams({ la_code: null } as RankingRow, choices)).toBeNull();
  });
});
