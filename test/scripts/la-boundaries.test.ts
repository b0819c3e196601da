/** The map file: the authorities of each year, one area per code change, small enough to fetch for a map. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { BOUNDARIES_FILE, type BoundaryProperties } from '../../scripts/build-data/la-boundaries';

const path = fileURLToPath(new URL(`../../data/${BOUNDARIES_FILE}`, import.meta.url));
const text = readFileSync(path, 'utf8');
const map = JSON.parse(text) as Topology<{
  la: GeometryCollection<BoundaryProperties>;
  region: GeometryCollection<{ code: string; name: string }>;
}>;
const areas = map.objects.la.geometries.map((g) => g.properties as BoundaryProperties);
const existing = (year: number) =>
  areas.filter((a) => (a.start ?? 0) <= year && year <= (a.end ?? 9999)).map((a) => a.name);

describe('la_boundaries.topo.json', () => {
  test('is well under 200 KB gzipped', () => {
    expect(gzipSync(text).length).toBeLessThan(200 * 1024);
  });

  test('has 153 current authorities and the nine regions', () => {
    expect(areas.filter((a) => a.end === undefined)).toHaveLength(153);
    expect(map.objects.region.geometries.map((g) => (g.properties as { code: string }).code)).toEqual(
      Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`),
    );
  });

  test.each([
    { year: 2018, has: ['Bournemouth', 'Poole', 'Northamptonshire', 'Cumbria'], lacks: ['Cumberland'] },
    { year: 2019, has: ['Bournemouth, Christchurch and Poole', 'Northamptonshire'], lacks: ['Poole'] },
    { year: 2021, has: ['North Northamptonshire', 'Cumbria'], lacks: ['Northamptonshire'] },
    { year: 2023, has: ['Cumberland', 'Westmorland and Furness'], lacks: ['Cumbria'] },
  ])('the authorities of $year', ({ year, has, lacks }) => {
    const names = existing(year);
    for (const name of has) expect(names).toContain(name);
    for (const name of lacks) expect(names).not.toContain(name);
    expect(names.filter((n) => n === 'Barnsley')).toHaveLength(1);
  });

  test.each([
    { code: 'E08000016', name: 'Barnsley', old: '370', aliases: ['E08000038'] },
    { code: 'E06000065', name: 'North Yorkshire', old: '815', aliases: ['E10000023'] },
    { code: 'E06000028', name: 'Bournemouth', old: '837', aliases: undefined },
  ])('$name is one area under its codes', ({ code, name, old, aliases }) => {
    const area = areas.find((a) => a.code === code);
    expect(area).toMatchObject({ name, old });
    expect(area?.aliases).toEqual(aliases);
    expect(area?.start).toBeUndefined();
  });

  test('every area keeps a drawable shape after simplification (the Isles of Scilly too)', () => {
    for (const shape of feature(map, map.objects.la).features) {
      expect(shape.geometry, shape.properties.name).not.toBeNull();
    }
  });
});
