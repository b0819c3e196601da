import { describe, expect, test } from 'vitest';
import { buildAreaDirectory } from '../../../src/app/markers/area-directory';
import type { Area } from '../../../src/data/catalogue';

const la = (code: string, name: string, regionCode: string | null = null): Area => ({
  level: 'Local authority',
  code,
  name,
  regionCode,
});

describe('the areas a marker can be about', () => {
  test('with nothing loaded: England and the nine regions', () => {
    const { options, nameOf } = buildAreaDirectory([]);
    expect(options.map((o) => o.group)).toEqual(['Country', ...Array<string>(9).fill('Regions')]);
    expect(nameOf('E92000001')).toBe('England');
    expect(nameOf('E12000007')).toBe('London');
    expect(nameOf('E08000012')).toBe('E08000012');
  });

  test('authorities of every loaded file, once each, sorted by name, with their regions', () => {
    const { options, nameOf, laToRegion } = buildAreaDirectory([
      { areas: [la('E08000012', 'Liverpool', 'E12000002'), la('E06000001', 'Hartlepool', 'E12000001')] },
      {
        areas: [
          la('E08000012', 'Liverpool'),
          { level: 'Regional', code: 'E13000001', name: 'Inner London', regionCode: null },
          la('E09000007', 'Camden'),
        ],
      },
    ]);
    expect(options.filter((o) => o.group === 'Local authorities').map((o) => o.label)).toEqual([
      'Camden',
      'Hartlepool',
      'Liverpool',
    ]);
    expect(nameOf('E06000001')).toBe('Hartlepool');
    expect(nameOf('E13000001')).toBe('E13000001');
    expect([...laToRegion]).toEqual([
      ['E08000012', 'E12000002'],
      ['E06000001', 'E12000001'],
    ]);
  });
});
