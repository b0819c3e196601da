import { expect, test } from 'vitest';
import { GEOGRAPHIC_LEVELS } from '../../../src/data/ees/geography';
import {
  areaColumnsIn,
  parentLevel,
  parentLevelIn,
  regionCodeSql,
  regionOf,
} from '../../../src/data/ees/geographic-levels';
import { currentLaCode, LA_CODE_CHANGES } from '../../../src/data/ees/la-codes';
import { eesVarietyText } from '../../support/ees-variety-files';

test('every EES level but National has a parent level that EES defines', () => {
  for (const { level } of GEOGRAPHIC_LEVELS)
    if (level === 'National') expect(parentLevel(level)).toBeNull();
    else expect(parentLevel(level)?.level, level).toBeDefined();
});

const parents: [string, string[], string | null][] = [
  // level, the file's columns, the level its areas are grouped under
  ['Ward', ['ward_code', 'ward_name', 'lad_code', 'lad_name', 'new_la_code'], 'Local authority district'],
  ['Ward', ['ward_code', 'ward_name', 'new_la_code', 'la_name'], 'Local authority'],
  ['School', ['urn', 'new_la_code', 'la_name', 'region_code'], 'Local authority'],
  ['Local authority', ['new_la_code', 'la_name', 'region_code', 'region_name'], 'Regional'],
  ['MAT', ['trust_id', 'trust_name', 'country_code'], 'National'],
  ['Local authority', ['new_la_code', 'la_name'], null],
  ['Nowhere', ['region_code'], null],
];

test.each(parents)('%s areas in a file with %j are grouped under %s', (level, columns, parent) => {
  expect(parentLevelIn(level, columns)?.level ?? null).toBe(parent);
});

const schools: [string[], string, string | null][] = [
  // the file's columns, the column naming a school, the column giving its name
  [['school_urn', 'school_name', 'urn'], 'school_urn', 'school_name'],
  [['urn', 'laestab', 'estab'], 'urn', null],
  [['laestab', 'estab', 'school_name'], 'laestab', 'school_name'],
  [['estab'], 'estab', null],
];

test.each(schools)('a school in a file with %j is %s named by %s', (columns, code, name) => {
  expect(areaColumnsIn('School', columns)).toEqual({ codeColumn: code, nameColumn: name });
});

test('school rows of a genuine file are identified by urn (absence for four year olds)', () => {
  const header = eesVarietyText('absence_for_four_year_olds.zip', 'absence_for_four_year_olds.csv').slice(
    0,
    400,
  );
  const columns = header.split(/\r?\n/)[0]?.split(',') ?? [];
  expect(areaColumnsIn('School', columns)).toEqual({ codeColumn: 'urn', nameColumn: null });
});

const regions: [string, string][] = [
  ['E13000001', 'E12000007'],
  ['E13000002', 'E12000007'],
  [' E13000002 ', 'E12000007'],
  ['E12000007', 'E12000007'],
  ['E12000001', 'E12000001'],
];

test.each(regions)('region %s is %s', (code, region) => {
  expect(regionOf(code)).toBe(region);
});

test('the region SQL names only literal codes', () => {
  expect(regionCodeSql('r.region_code')).toBe(
    "CASE trim(r.region_code) WHEN 'E13000001' THEN 'E12000007' WHEN 'E13000002' THEN 'E12000007' ELSE r.region_code END",
  );
});

const codes: [string, string][] = [
  ['E08000020', 'E08000037'],
  ['E06000048', 'E06000057'],
  ['E10000022', 'E06000057'],
  ['E10000023', 'E06000065'],
  ['E10000002', 'E06000060'],
  ['E08000019', 'E08000039'],
  ['E08000037', 'E08000037'],
  ['E10000021', 'E10000021'],
  ['E09000004', 'E09000004'],
];

test.each(codes)('LA code %s is today %s', (code, current) => {
  expect(currentLaCode(code)).toBe(current);
});

test('a code change keeps the authority: every old code maps to a code of the same name', () => {
  const names = new Map(LA_CODE_CHANGES.map((c) => [c.to, c.name]));
  for (const change of LA_CODE_CHANGES)
    expect(names.get(currentLaCode(change.from)) ?? change.name).toBe(change.name);
});

test('Inner and Outer London rows of a genuine file belong to London', () => {
  const text = eesVarietyText('absence_for_four_year_olds.zip', 'absence_for_four_year_olds.csv');
  const regionCodes = new Set(
    text
      .split(/\r?\n/)
      .slice(1, 20000)
      .map((line) => line.split(',')[5] ?? ''),
  );
  expect([...regionCodes].some((code) => code.startsWith('E13'))).toBe(true);
  expect(new Set([...regionCodes].filter((c) => c.startsWith('E1')).map(regionOf)).has('E13000002')).toBe(
    false,
  );
});
