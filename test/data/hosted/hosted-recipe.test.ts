import { describe, expect, it } from 'vitest';
import { hostedSetName } from '../../../src/data/hosted/check-manifest';
import { hostedOpener, manifestUrl, openByUrl } from '../../../src/data/hosted/hosted-recipe';
import type { SqlEngine } from '../../../src/data/sql-engine';

describe('hostedSetName', () => {
  it.each([
    ['scale', 'scale'],
    ['school-level_2024', 'school-level_2024'],
    ['../data', null],
    ['https://example.org/x', null],
    ['', null],
    [undefined, null],
  ])('%s: %s', (text, expected) => {
    expect(hostedSetName(text)).toBe(expected);
  });
});

describe('openByUrl', () => {
  const registered: [string, string][] = [];
  const engine = {
    registerFileUrl: async (name: string, url: string) => void registered.push([name, url]),
  } as unknown as SqlEngine;
  const at = manifestUrl('scale', 'https://lens.example/app/index.html?view=x');
  const open = openByUrl(engine, 'scale', at);
  const partition = (file: string) => ({ file, periods: ['202324'], levels: ['School'], rows: 1, bytes: 1 });

  it('registers a partition by its URL beside the manifest, on the page’s origin', async () => {
    expect(await open(partition('202324-school.duckdb'))).toBe(
      'lens-files/hosted/scale/202324-school.duckdb',
    );
    expect(registered).toEqual([
      [
        'lens-files/hosted/scale/202324-school.duckdb',
        'https://lens.example/app/hosted/scale/202324-school.duckdb',
      ],
    ]);
  });

  it.each(['../secret.duckdb', 'https://elsewhere.example/a.duckdb', 'a.csv', '/abs.duckdb'])(
    'refuses %s',
    async (file) => {
      await expect(open(partition(file))).rejects.toThrow('not a .duckdb file in its folder');
    },
  );
});

describe('hostedOpener', () => {
  it('loads a set a link names once, and nothing for no name or a name that is not a folder name', () => {
    const loaded: string[] = [];
    const open = hostedOpener(
      async (recipe) => loaded.push(`${recipe.key} ${recipe.fileName}`),
      () => 'https://lens.example/',
    );
    open(undefined);
    open('../etc');
    open('scale');
    open('scale');
    open('other');
    expect(loaded).toEqual(['hosted:scale hosted/scale', 'hosted:other hosted/other']);
  });
});
