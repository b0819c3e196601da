import { describe, expect, test } from 'vitest';
import { canonicalNumber, periodRank, regionByName, toPhase } from '../../scripts/build-data/ees-conventions';

describe('canonicalNumber writes the same double in its shortest form', () => {
  test.each([
    ['2.2999999999999998', '2.3'],
    ['2.0299999999999998', '2.03'],
    ['7.0000000000000007E-2', '0.07'],
    ['4.4000000000000004', '4.4'],
    ['10.5', '10.5'],
    ['0', '0'],
    ['12', '12'],
    ['-', '-'],
    ['c', 'c'],
    ['', ''],
    ['NA', 'NA'],
    ['low', 'low'],
    ['1e-7', '1e-7'],
  ])('%s -> %s', (text, expected) => {
    expect(canonicalNumber(text)).toBe(expected);
    if (expected !== text && !Number.isNaN(Number(text))) expect(Number(expected)).toBe(Number(text));
  });
});

describe('regionByName', () => {
  test.each([
    ['North East', 'E12000001'],
    ['Yorkshire and the Humber', 'E12000003'],
    ['Yorkshire and The Humber', 'E12000003'],
    ['Inner London', 'E12000007'],
    ['Outer London', 'E12000007'],
    ['London', 'E12000007'],
    ['South West', 'E12000009'],
  ])('%s is %s', (name, code) => {
    expect(regionByName(name)?.code).toBe(code);
  });

  test('unknown names are not guessed', () => {
    expect(regionByName('NA')).toBeUndefined();
  });
});

describe('toPhase', () => {
  test.each([
    ['Total', 'Total'],
    ['Primary', 'Primary'],
    ['State-funded primary', 'Primary'],
    ['State-funded secondary', 'Secondary'],
    ['Special', 'Special'],
    [' Secondary ', 'Secondary'],
  ])('%s -> %s', (value, phase) => {
    expect(toPhase(value, 'f.csv')).toBe(phase);
  });

  test('an unknown phase stops the build', () => {
    expect(() => toPhase('Nursery', 'f.csv')).toThrow('f.csv: unknown education phase "Nursery"');
  });
});

describe('periodRank puts terms in school-year order and weeks by number', () => {
  test.each([
    ['Academic year', 0],
    ['Autumn term', 1],
    ['Spring term', 2],
    ['Summer term', 3],
    ['Week 2', 2],
    ['Week 10', 10],
    ['Week 37', 37],
  ])('%s ranks %i', (identifier, rank) => {
    expect(periodRank(identifier)[0]).toBe(rank);
  });
});
