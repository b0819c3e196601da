import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/catalogue';
import { createDatasetWaits, createLiveWaiters } from '../../../src/data/datasets/live-waiters';

test('every wait for a dataset resolves when it is settled, and only then; others keep waiting', async () => {
  const waiters = createLiveWaiters();
  const heard: string[] = [];
  void waiters.wait('a').then(() => heard.push('a1'));
  void waiters.wait('a').then(() => heard.push('a2'));
  void waiters.wait('b').then(() => heard.push('b'));
  await Promise.resolve();
  expect(heard).toEqual([]);
  waiters.settle('a');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(heard).toEqual(['a1', 'a2']);
  waiters.settle('a');
  waiters.settle('b');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(heard).toEqual(['a1', 'a2', 'b']);
});

describe('what a view waits for', () => {
  const dataset = (id: string, live: boolean) => ({ id, live }) as Dataset;

  function waitsOver(list: Dataset[]) {
    const asked: string[] = [];
    const waits = createDatasetWaits({
      datasets: () => list,
      request: (id) => asked.push(id),
      drop: (id) =>
        list.splice(
          list.findIndex((d) => d.id === id),
          1,
        ),
    });
    return { waits, asked };
  }

  test('a listed dataset not yet in the engine is asked for and waited on; a live or unknown one is not', async () => {
    const list = [dataset('first', false), dataset('live', true)];
    const { waits, asked } = waitsOver(list);
    expect(waits.waiting().map((d) => d.id)).toEqual(['first']);
    await waits.whenLive('live');
    await waits.whenLive('unknown');
    let done = false;
    void waits.whenLive('first').then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([asked, done]).toEqual([['first'], false]);
    waits.settle('first');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(true);
  });

  test('a dataset given up leaves the list and answers its waiters, so no view waits for ever', async () => {
    const list = [dataset('first', false), dataset('other', false), dataset('live', true)];
    const { waits } = waitsOver(list);
    const first = waits.whenLive('first');
    waits.giveUp('first');
    await first;
    expect(list.map((d) => d.id)).toEqual(['other', 'live']);
    const other = waits.whenLive('other');
    waits.giveUpAll();
    await other;
    expect(list.map((d) => d.id)).toEqual(['live']);
    // A live dataset is never taken off the list by giving up.
    waits.giveUp('live');
    expect(list.map((d) => d.id)).toEqual(['live']);
  });
});
