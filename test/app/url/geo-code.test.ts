import { describe, expect, test } from 'vitest';
import { geoOf, parseGeo, writeGeo, type GeoCode } from '../../../src/app/url/geo-code';
import { pick, seededRandom } from '../../support/seeded-random';
import { anyGeoCode } from './any-geo-code';

// Codes and levels as files give them: EES codes, names with spaces, punctuation and colons (codes only).
const PIECES = [
  'E08000012',
  'E12000007',
  'Local authority',
  'School',
  'Ward',
  ' ',
  ':',
  '-',
  'é',
  '&',
  '1',
  '',
];

function generated(next: () => number): GeoCode {
  const text = (colons: boolean) => {
    let out = '';
    const length = Math.floor(next() * 4);
    for (let i = 0; i < length; i++) out += pick(next, PIECES);
    return colons ? out : out.replaceAll(':', '');
  };
  // The level of one area is the one part that holds no colon, and is never empty.
  return anyGeoCode(
    next,
    () => text(true),
    () => `L${text(false)}`,
  );
}

describe('geo codes', () => {
  test.each([
    ['england-regions', { kind: 'england-regions' }],
    ['level:National', { kind: 'level', level: 'National' }],
    ['top:School', { kind: 'largest', level: 'School' }],
    ['la:E12000002', { kind: 'region-authorities', region: 'E12000002' }],
    ['drill:E08000012', { kind: 'authority', code: 'E08000012' }],
    ['sn:E08000012', { kind: 'neighbours', code: 'E08000012' }],
    ['area:School:123456', { kind: 'area', level: 'School', code: '123456' }],
    ['area:Ward:E05:a', { kind: 'area', level: 'Ward', code: 'E05:a' }],
    ['area:School:', { kind: 'area', level: 'School', code: '' }],
  ])('%s reads as %j and is written back the same', (text, geo) => {
    expect(parseGeo(text)).toEqual(geo);
    expect(writeGeo(geo as GeoCode)).toBe(text);
  });

  test.each(['', 'nonsense', 'England-regions', 'area:', 'area:School', 'area::123', 'SN:E08000012'])(
    '%j is no geo code',
    (text) => {
      expect(parseGeo(text)).toBeNull();
    },
  );

  test('parse(write(code)) gives the code back, for 5,000 generated codes', () => {
    const next = seededRandom(25);
    for (let i = 0; i < 5000; i++) {
      const geo = generated(next);
      expect(parseGeo(writeGeo(geo))).toEqual(geo);
    }
  });

  test('geoOf picks one kind', () => {
    expect(geoOf('drill:E08000012', 'authority')).toEqual({ kind: 'authority', code: 'E08000012' });
    expect(geoOf('drill:E08000012', 'neighbours')).toBeNull();
    expect(geoOf(undefined, 'area')).toBeNull();
  });
});
