import { expect, test } from 'vitest';
import { createLiveWaiters } from '../../../src/data/datasets/live-waiters';

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
