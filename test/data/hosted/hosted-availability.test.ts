import { describe, expect, it } from 'vitest';
import { datasetAvailability } from '../../../src/data/datasets/dataset-availability';
import { attachHosted } from '../../../src/data/hosted/attach-hosted';
import { hostedAvailability } from '../../../src/data/hosted/hosted-availability';
import type { HostedManifest } from '../../../src/data/hosted/hosted-manifest';
import { hostedRecipe } from '../../../src/data/hosted/hosted-recipe';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { openFromFolder, storeWithoutDefaults, tinySetForFile } from './tiny-set';

// A link to a hosted set (`?hosted=tiny&ds=tiny`) says the set is on its way while its manifest is fetched and its
// partitions attached, and why it is not there when that failed: never the added file's "not in this browser".
const tiny = tinySetForFile();

const newStore = () => storeWithoutDefaults(tiny.engine);
/** The page's own recipe, with its manifest and partitions given from the folder instead of fetched. */
const recipe = (manifest: HostedManifest, before: () => Promise<void> = async () => undefined) => ({
  ...hostedRecipe('tiny', 'https://lens.example/'),
  run: async (into: SqlEngine, signal?: AbortSignal) => {
    await before();
    return attachHosted(into, manifest, openFromFolder(into, tiny.dir, 'tiny'), signal);
  },
});

describe('a link to a hosted set', () => {
  it('is coming while the set loads, then loaded', async () => {
    const store = newStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const loading = store.loadHosted(recipe(tiny.manifest, () => gate));
    await expect.poll(() => store.getState().jobs.length, { timeout: 30_000 }).toBe(1);
    expect(datasetAvailability('tiny', store.getState(), [])).toEqual({
      kind: 'coming',
      title: null,
      hosted: true,
    });
    release();
    expect(await loading).not.toBeNull();
    expect(datasetAvailability('tiny', store.getState(), [])).toEqual({ kind: 'loaded' });
  });

  it('has failed, saying why, when its manifest is refused', async () => {
    const store = newStore();
    const broken = { ...tiny.manifest, partitions: [] };
    expect(await store.loadHosted(recipe(broken))).toBeNull();
    const availability = datasetAvailability('tiny', store.getState(), []);
    expect(availability.kind).toBe('failed');
    expect(availability).toMatchObject({ message: expect.stringContaining('hosted/tiny/manifest.json') });
    expect(availability).toMatchObject({ message: expect.stringContaining('could not be loaded') });
  });

  it('says a cancelled set was cancelled and how to load it, not to add a file', () => {
    const cancelled = {
      key: 'hosted:tiny',
      fileName: 'hosted/tiny',
      message: 'hosted/tiny: Loading was cancelled.',
    };
    const availability = hostedAvailability('tiny', [], [cancelled]);
    expect(availability).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('Open its link again'),
    });
    expect(hostedAvailability('u1', [], [cancelled])).toBeNull();
  });
});
