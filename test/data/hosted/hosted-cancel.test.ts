import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetAvailability } from '../../../src/data/datasets/dataset-availability';
import { createDatasetStore } from '../../../src/data/datasets/dataset-store';
import type { Manifest } from '../../../src/data/default-data';
import { attachHosted } from '../../../src/data/hosted/attach-hosted';
import { hostedOpener } from '../../../src/data/hosted/hosted-recipe';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { attachedPartitions, openFromFolder, viewsNamed, writeTinySet } from './tiny-set';

// A hosted set cancelled or failed part-way leaves nothing attached, and its link can open it again.
let set: Awaited<ReturnType<typeof writeTinySet>>;
let engine: SqlEngine;

beforeAll(async () => {
  set = await writeTinySet('tiny');
  engine = await createNodeEngine();
});
afterAll(() => set.remove());

const nothingLeft = async () => {
  expect(await attachedPartitions(engine)).toEqual([]);
  expect(await viewsNamed(engine, '%tiny%')).toEqual([]);
  expect(await engine.query("SELECT * FROM lens_periods WHERE dataset = 'tiny'")).toEqual([]);
};

describe('attaching a hosted set', () => {
  it('has more than one partition to stop between', () => {
    expect(set.manifest.partitions.length).toBeGreaterThan(1);
  });

  it('stops at Cancel between partitions and detaches what it attached', async () => {
    const controller = new AbortController();
    const open = openFromFolder(engine, set.dir, 'tiny');
    let opened = 0;
    const attach = attachHosted(
      engine,
      set.manifest,
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
    const open = openFromFolder(engine, set.dir, 'tiny');
    let opened = 0;
    const attach = attachHosted(engine, set.manifest, async (partition) => {
      opened += 1;
      if (opened === 3) throw new Error('HTTP 503 for the third partition');
      return open(partition);
    });
    await expect(attach).rejects.toThrow('HTTP 503');
    await nothingLeft();
  });

  it('through the store: a cancelled set is not loaded, nothing is left, and its link loads it again', async () => {
    const store = createDatasetStore({
      engine,
      manifest: { datasets: [] } as unknown as Manifest,
      fetchFile: async () => new Uint8Array(),
    });
    const open = openFromFolder(engine, set.dir, 'tiny');
    let cancelFirst = true;
    const results: unknown[] = [];
    const opener = hostedOpener(
      (recipe) => {
        const running = store.loadHosted({
          ...recipe,
          run: (into, signal) =>
            attachHosted(
              into,
              set.manifest,
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
