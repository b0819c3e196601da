import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  parseAllowance,
  parseBaseline,
  ratchetProblems,
  shrunkBaseline,
  type Allowance,
  type Baseline,
  type Found,
} from '../../scripts/structure-ratchet';

const baseline: Baseline = {
  overLimit: ['src/data/big.ts'],
  fenceImports: ['src/app/a/x.tsx -> src/app/b/y.ts'],
};
const allowance: Allowance = {
  untilStoreMerge: ['src/data/datasets/', 'src/data/lazy-engine.ts'],
  browserOnly: { 'src/data/engine.ts': 'needs a Web Worker' },
};
/** Today's tree as the baseline and allowance describe it: everything listed occurs, nothing else. */
const clean: Found = {
  overLimit: ['src/data/big.ts'],
  fenceImports: ['src/app/a/x.tsx -> src/app/b/y.ts'],
  untested: ['src/data/datasets/store.ts', 'src/data/lazy-engine.ts', 'src/data/engine.ts'],
};

describe('the structure ratchet', () => {
  test('a tree that matches its baseline and allowance passes', () => {
    expect(ratchetProblems(clean, baseline, allowance)).toEqual([]);
  });

  test.each<[string, Partial<Found>, RegExp]>([
    [
      'a new module over the limit',
      { overLimit: ['src/data/big.ts', 'src/app/new.tsx'] },
      /^src\/app\/new.tsx is over the line limit: split it/,
    ],
    [
      'a new fence-breaking import',
      { fenceImports: [...clean.fenceImports, 'src/app/c/z.ts -> src/app/a/x.tsx'] },
      /^src\/app\/c\/z.ts -> src\/app\/a\/x.tsx crosses a fence/,
    ],
    [
      'a new logic module without a test',
      { untested: [...clean.untested, 'src/analysis/new.ts'] },
      /^src\/analysis\/new.ts is logic no unit test imports/,
    ],
    // The baseline may only shrink: a fixed breach must leave it, so its place cannot be taken by a new one.
    [
      'a baselined module split below the limit',
      { overLimit: [] },
      /^src\/data\/big.ts is no longer over the line limit: remove it from scripts\/structure-baseline.json.overLimit/,
    ],
    [
      'a baselined import gone',
      { fenceImports: [] },
      /^src\/app\/a\/x.tsx -> src\/app\/b\/y.ts no longer occurs: remove it from scripts\/structure-baseline.json.fenceImports/,
    ],
    [
      'an allowance that excuses nothing',
      { untested: ['src/data/datasets/store.ts', 'src/data/engine.ts'] },
      /^src\/data\/lazy-engine.ts excuses no untested module any more: remove it from scripts\/structure-allowance.json/,
    ],
    [
      'a folder allowance that excuses nothing',
      { untested: ['src/data/lazy-engine.ts', 'src/data/engine.ts'] },
      /^src\/data\/datasets\/ excuses no untested module/,
    ],
  ])('fails on %s', (_, change, problem) => {
    const problems = ratchetProblems({ ...clean, ...change }, baseline, allowance);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  test('a folder allowance covers only modules under that folder', () => {
    const found = { ...clean, untested: [...clean.untested, 'src/data/datasets-extra.ts'] };
    expect(ratchetProblems(found, baseline, allowance)).toEqual([
      'src/data/datasets-extra.ts is logic no unit test imports: add a test that imports it.',
    ]);
  });

  test('an entry without a trailing slash names one module, not a folder or a prefix', () => {
    const exact: Allowance = { ...allowance, untilStoreMerge: ['src/data/datasets/', 'src/data/lazy'] };
    expect(ratchetProblems(clean, baseline, exact)).toEqual([
      'src/data/lazy-engine.ts is logic no unit test imports: add a test that imports it.',
      'src/data/lazy excuses no untested module any more: remove it from scripts/structure-allowance.json.',
    ]);
  });

  test('an empty allowance allows nothing', () => {
    const none: Allowance = { untilStoreMerge: [], browserOnly: {} };
    expect(ratchetProblems(clean, baseline, none)).toHaveLength(3);
    expect(ratchetProblems({ ...clean, untested: [] }, baseline, none)).toEqual([]);
  });

  test('shrinking drops what no longer occurs and never adds', () => {
    const found: Found = {
      overLimit: ['src/app/new.tsx'],
      fenceImports: [...clean.fenceImports, 'src/app/c/z.ts -> src/app/a/x.tsx'],
      untested: [],
    };
    expect(shrunkBaseline(found, baseline)).toEqual({ overLimit: [], fenceImports: baseline.fenceImports });
  });
});

describe('the committed files', () => {
  const read = (name: string) =>
    readFileSync(path.resolve(import.meta.dirname, '../../scripts', name), 'utf8');

  test('parse, and give every browser-only module its reason', () => {
    const committed = parseBaseline(read('structure-baseline.json'));
    // Every fence import is fixed (issue #25 step 3): the baseline keeps no place open for a new one.
    expect(committed).toEqual({ overLimit: [], fenceImports: [] });
    const allowed = parseAllowance(read('structure-allowance.json'));
    expect(Object.keys(allowed.browserOnly)).toContain('src/data/engine.ts');
    // Each excused module says why Node cannot run it and which browser test does.
    for (const reason of Object.values(allowed.browserOnly))
      expect(reason).toMatch(/test\/e2e\/\S+\.test\.ts/);
  });

  test.each([
    ['{"overLimit": "src/a.ts", "fenceImports": []}', /"overLimit" must be a list of strings/],
    ['{"overLimit": [], "fenceImports": [1]}', /"fenceImports" must be a list of strings/],
  ])('a malformed baseline is refused: %s', (text, message) => {
    expect(() => parseBaseline(text)).toThrow(message);
  });

  test.each([
    ['{"untilStoreMerge": "src/a/", "browserOnly": {}}', /"untilStoreMerge" must be a list/],
    [
      '{"untilStoreMerge": [], "browserOnly": {"src/a.ts": ""}}',
      /"browserOnly" must map each module to the reason/,
    ],
  ])('a malformed allowance is refused: %s', (text, message) => {
    expect(() => parseAllowance(text)).toThrow(message);
  });
});
