import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { areasOfYear, boundaryYear, parseBoundaries } from '../../../src/data/geo/map-boundaries';
import { joinRows } from '../../../src/data/geo/map-join';

const boundaries = parseBoundaries(
  readFileSync(fileURLToPath(new URL('../../../data/la_boundaries.topo.json', import.meta.url)), 'utf8'),
);

describe('boundary years', () => {
  test.each([
    ['2018-09-01', 2018],
    ['2021-01-04', 2020],
    ['2021-04-19', 2021],
    ['not a date', null],
  ])('a period starting %s draws the authorities of %s', (start, year) => {
    expect(boundaryYear(start)).toBe(year);
  });

  test.each([
    [2018, 152],
    [2019, 151],
    [2021, 152],
    [2024, 153],
  ])('%s has %s authorities', (year, count) => {
    expect(areasOfYear(boundaries.areas, year)).toHaveLength(count);
  });
});

describe('joining rows to areas', () => {
  const areas2018 = areasOfYear(boundaries.areas, 2018);
  test.each([
    { name: 'by ONS code', row: { la_code: 'E08000019', la_old_code: '373' }, area: 'E08000019' },
    {
      name: 'by an alias (ONS recoded Barnsley)',
      row: { la_code: 'E08000038', la_old_code: null },
      area: 'E08000016',
    },
    {
      name: 'by the latest code of a county that became unitary',
      row: { la_code: 'E06000065', la_old_code: '815' },
      area: 'E06000065',
    },
    {
      name: 'by DfE’s old code when there is no ONS code',
      row: { la_code: null, la_old_code: '928' },
      area: 'E10000021',
    },
  ])('$name', ({ row, area }) => {
    const { joined, unplaced } = joinRows(areas2018, [row]);
    expect(unplaced).toEqual([]);
    expect(joined.find((j) => j.row === row)?.area.properties.code).toBe(area);
  });

  test('an authority that did not exist that year is left over, and a second row for one area too', () => {
    const cumberland = { la_code: 'E06000063', la_old_code: '942' };
    const first = { la_code: 'E08000019', la_old_code: '373' };
    const again = { la_code: null, la_old_code: '373' };
    const { joined, unplaced } = joinRows(areas2018, [cumberland, first, again]);
    expect(unplaced).toEqual([cumberland, again]);
    expect(joined.filter((j) => j.row !== null)).toHaveLength(1);
  });

  test('a file that is not the map file is refused with what to do', () => {
    expect(() => parseBoundaries('{"type":"FeatureCollection"}')).toThrow(/run npm run data:build/);
  });
});
