import { describe, expect, it } from 'vitest';
import { datasetAvailability } from '../../../src/data/datasets/dataset-availability';
import { attachHosted } from '../../../src/data/hosted/attach-hosted';
import { hostedOpener } from '../../../src/data/hosted/hosted-recipe';
import {
  attachedPartitions,
  openFromFolder,
  storeWithoutDefaults,
  tinySetForFile,
  viewsNamed,
} from './tiny-set';

// A hosted set cancelled or failed part-way leaves nothing attached, and its link can open it again.
const tiny = tinySetForFile();

const nothingLeft = async () => {
  expect(await attachedPartitions(tiny.engine)).toEqual([]);
  expect(await viewsNamed(tiny.engine, '%tiny%')).toEqual([]);
  expect(await tiny.engine.query("SELECT * FROM lens_periods WHERE dataset = 'tiny'")).toEqual([]);
};

describe('attaching a hosted set', () => {
  it('has more than one partition to stop between', () => {
    expect(tiny.manifest.partitions.length).toBeGreaterThan(1);
  });

  it('stops at Cancel between partitions and detaches what it attached', async () => {
    const controller = new AbortController();
    const open = openFromFolder(tiny.engine, tiny.dir, 'tiny');
    let opened = 0;
    const attach = attachHosted(
      tiny.engine,
      tiny.manifest,
      async (partition) => {
        opened += 1;
        if (opened === 2) controller.abort();
        return open(partition);
      },
      controller.signal,
    );
    await expect(attach).rejects.toThrow();
    expect(opened).toBe(2);
    await nothingLeft();
  });

  it('detaches what it attached when a partition fails part-way', async () => {
    const open = openFromFolder(tiny.engine, tiny.dir, 'tiny');
    let opened = 0;
    const attach = attachHosted(tiny.engine, tiny.manifest, async (partition) => {
      opened += 1;
      if (opened === 3) throw new Error('HTTP 503 for the third partition');
      return open(partition);
    });
    await expect(attach).rejects.toThrow('HTTP 503');
    await nothingLeft();
  });

  it('through the store: a cancelled set is not loaded, nothing is left, and its link loads it again', async () => {
    const store = storeWithoutDefaults(tiny.engine);
    const open = openFromFolder(tiny.engine, tiny.dir, 'tiny');
    let cancelFirst = true;
    const results: unknown[] = [];
    const opener = hostedOpener(
      (recipe) => {
        const running = store.loadHosted({
          ...recipe,
          run: (into, signal) =>
            attachHosted(
              into,
              tiny.manifest,
              async (partition) => {
                if (cancelFirst) {
                  cancelFirst = false;
                  store.cancel(recipe.key);
                }
                return open(partition);
              },
              signal,
            ),
        });
        void running.then((loaded) => results.push(loaded));
        return running;
      },
      () => 'https://lens.example/',
    );
    opener('tiny');
    await expect.poll(() => results.length, { timeout: 60_000 }).toBe(1);
    expect(results[0]).toBeNull();
    await nothingLeft();
    expect(datasetAvailability('tiny', store.getState(), [])).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('was cancelled. Open its link again'),
    });
    // The opener forgets a set that was not loaded once the store has said so.
    await expect
      .poll(
        () => {
          opener('tiny');
          return results.length;
        },
        { timeout: 60_000 },
      )
      .toBe(2);
    await expect
      .poll(() => store.getState().datasets.map((d) => d.id), { timeout: 60_000 })
      .toContain('tiny');
  });
});
