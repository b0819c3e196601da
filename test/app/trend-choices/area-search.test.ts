import { expect, test } from 'vitest';
import { fold, matchAreas, searchable } from '../../../src/app/trend-choices/area-search';

const options = searchable([
  { value: 'a', label: 'Kelvin Grove Primary (108000)', group: 'Gateshead' },
  { value: 'b', label: 'St Mary’s Catholic Primary (108001)', group: 'Gateshead' },
  { value: 'c', label: 'École Française (133769)', group: 'Bexley' },
  { value: 'd', label: 'Bexley Grammar (137000)', group: 'Bexley' },
]);

const cases: [string, string[]][] = [
  ['', ['a', 'b', 'c', 'd']],
  ['kelvin', ['a']],
  ['KELVIN grove', ['a']],
  ['grove kelvin', ['a']],
  ['ecole', ['c']],
  ['108001', ['b']],
  ['gateshead', ['a', 'b']],
  ['bexley', ['c', 'd']],
  ['primary gateshead', ['a', 'b']],
  ['  st   mary ', ['b']],
  ['nowhere', []],
];

test.each(cases)('"%s" finds %j', (typed, values) => {
  expect(matchAreas(options, typed).shown.map((o) => o.value)).toEqual(values);
});

test('only the first matches are listed; the rest are counted', () => {
  const many = searchable(
    Array.from({ length: 20_000 }, (_, i) => ({ value: String(i), label: `School ${i}`, group: 'Leeds' })),
  );
  const all = matchAreas(many, 'school', 100);
  expect(all.shown).toHaveLength(100);
  expect(all.more).toBe(19_900);
  expect(matchAreas(many, 'school 19999', 100)).toMatchObject({ more: 0, shown: [{ value: '19999' }] });
});

test('folding drops accents and case', () => {
  expect(fold('École ÅRHUS')).toBe('ecole arhus');
});
