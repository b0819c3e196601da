import { describe, expect, it } from 'vitest';
import { attachHosted } from '../../../src/data/hosted/attach-hosted';
import { checkManifest, parseManifest } from '../../../src/data/hosted/check-manifest';
import type { HostedManifest } from '../../../src/data/hosted/hosted-manifest';
import { openFromFolder, tinySetForFile, viewsNamed } from './tiny-set';

// A manifest comes from a host: only a checked one is used, a wrong one is refused naming the file and what to do,
// and the names of the views it makes come from the set's checked name, never from the file.
const tiny = tinySetForFile();

const FILE = 'hosted/tiny/manifest.json';
const WHAT_TO_DO = 'Write the set again with npm run data:scale';

describe('checkManifest', () => {
  it('accepts the writer’s own manifest', () => {
    expect(checkManifest(tiny.manifest, 'tiny')).toEqual(tiny.manifest);
  });

  it.each([
    ['no partitions', () => ({ ...tiny.manifest, partitions: undefined }), 'lists no partition files'],
    ['an empty list', () => ({ ...tiny.manifest, partitions: [] }), 'lists no partition files'],
    ['an older layout', () => ({ ...tiny.manifest, version: 1 }), 'is version 1; this app reads version 2'],
    ['no dataset', () => ({ ...tiny.manifest, dataset: null }), 'has no dataset description'],
    [
      'another set',
      () => ({ ...tiny.manifest, dataset: { ...tiny.manifest.dataset, id: 'x' } }),
      'not "tiny"',
    ],
    [
      'no columns',
      () => ({ ...tiny.manifest, dataset: { ...tiny.manifest.dataset, columns: 'a' } }),
      'dataset.columns',
    ],
    ['a partition without its file', () => ({ ...tiny.manifest, partitions: [{}] }), 'partition 1'],
    ['an array', () => [], 'not a manifest'],
  ])('refuses %s, naming the file and what to do', (_, manifest, words) => {
    const check = () => checkManifest(manifest(), 'tiny');
    expect(check).toThrow(words);
    expect(check).toThrow(FILE);
    expect(check).toThrow(WHAT_TO_DO);
  });
});

describe('parseManifest', () => {
  it('says the host answered with a page when it sends index.html', () => {
    const parse = () => parseManifest('<!doctype html><html></html>', 'tiny');
    expect(parse).toThrow(`${FILE} is not JSON (the host answered with a web page)`);
    expect(parse).toThrow('served at hosted/tiny/');
  });
});

describe('a manifest naming another dataset’s views', () => {
  it('attaches under the set’s own names and leaves the other views alone', async () => {
    await tiny.engine.query("CREATE VIEW ds_annual_absence AS SELECT 'default' AS kept");
    await tiny.engine.query("CREATE VIEW raw_annual_absence AS SELECT 'default' AS kept");
    const hostile: HostedManifest = {
      ...tiny.manifest,
      dataset: { ...tiny.manifest.dataset, view: 'ds_annual_absence', table: 'raw_annual_absence' },
    };
    const loaded = await attachHosted(tiny.engine, hostile, openFromFolder(tiny.engine, tiny.dir, 'tiny'));
    expect(loaded).toMatchObject({ view: 'ds_tiny', table: 'raw_tiny' });
    expect(await tiny.engine.query('SELECT kept FROM ds_annual_absence')).toEqual([{ kept: 'default' }]);
    expect(await tiny.engine.query('SELECT kept FROM raw_annual_absence')).toEqual([{ kept: 'default' }]);
    expect(await viewsNamed(tiny.engine, '%tiny%')).toEqual(['ds_tiny', 'hosted_rows_tiny', 'raw_tiny']);
  });
});
