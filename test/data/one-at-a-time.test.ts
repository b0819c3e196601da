import { expect, test } from 'vitest';
import { oneAtATime } from '../../src/data/one-at-a-time';

test('a task starts only when the one before has settled, answered or failed', async () => {
  const turn = oneAtATime();
  const log: string[] = [];
  let release = () => {};
  const first = turn(async () => {
    log.push('first starts');
    await new Promise<void>((resolve) => (release = resolve));
    log.push('first fails');
    throw new Error('first');
  });
  const second = turn(async () => {
    log.push('second starts');
    return 2;
  });
  await Promise.resolve();
  expect(log).toEqual(['first starts']);
  release();
  await expect(first).rejects.toThrow('first');
  expect(await second).toBe(2);
  expect(log).toEqual(['first starts', 'first fails', 'second starts']);
});
