import { describe, expect, test } from 'vitest';
import {
  createLoadQueue,
  jobsReducer,
  type JobAction,
  type LoadJob,
} from '../../../src/data/datasets/load-queue';

const job = (key: string, bytesRead = 0): LoadJob => ({
  key,
  fileName: `${key}.csv`,
  bytes: 100,
  bytesRead,
  startedAt: 0,
  origin: 'user',
});

describe('jobsReducer', () => {
  test.each<{ case: string; jobs: LoadJob[]; action: JobAction; after: LoadJob[] }>([
    {
      case: 'queued comes last',
      jobs: [job('a')],
      action: { type: 'queued', job: job('b') },
      after: [job('a'), job('b')],
    },
    {
      case: 'queued again replaces',
      jobs: [job('a', 5)],
      action: { type: 'queued', job: job('a') },
      after: [job('a')],
    },
    {
      case: 'progress moves only its job',
      jobs: [job('a'), job('b')],
      action: { type: 'progress', key: 'b', bytesRead: 40 },
      after: [job('a'), job('b', 40)],
    },
    {
      case: 'finished leaves',
      jobs: [job('a'), job('b')],
      action: { type: 'finished', key: 'a' },
      after: [job('b')],
    },
    {
      case: 'an unknown key changes nothing',
      jobs: [job('a')],
      action: { type: 'finished', key: 'z' },
      after: [job('a')],
    },
  ])('$case', ({ jobs, action, after }) => {
    expect(jobsReducer(jobs, action)).toEqual(after);
  });
});

/** A queue whose jobs list is kept as the store keeps it, and a gate the test opens. */
function queueWithGate() {
  let jobs: LoadJob[] = [];
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const queue = createLoadQueue({
    gate: () => gate,
    dispatch: (action) => (jobs = jobsReducer(jobs, action)),
  });
  return { queue, jobs: () => jobs.map((j) => [j.key, j.bytesRead]), open };
}

describe('the load queue', () => {
  test('runs loads one at a time in the order asked, each listed until it ends', async () => {
    const { queue, jobs, open } = queueWithGate();
    const order: string[] = [];
    const first = queue.load(
      { key: 'a', fileName: 'a.csv', bytes: 10, origin: 'user' },
      async (_, onProgress) => {
        order.push('a start');
        onProgress(7);
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('a end');
        return 'A';
      },
    );
    const second = queue.load({ key: 'b', fileName: 'b.csv', bytes: 10, origin: 'user' }, async () => {
      order.push('b');
      return 'B';
    });
    expect(jobs()).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    // Nothing starts before the gate opens (a restart of the engine in progress).
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    open();
    expect(await first).toEqual({ kind: 'done', value: 'A' });
    expect(await second).toEqual({ kind: 'done', value: 'B' });
    expect(order).toEqual(['a start', 'a end', 'b']);
    expect(jobs()).toEqual([]);
  });

  test('Cancel stops a waiting load before it starts and a running one through its signal', async () => {
    const { queue, open } = queueWithGate();
    const started: string[] = [];
    const running = queue.load({ key: 'r', fileName: 'r.csv', bytes: 1, origin: 'user' }, (signal) => {
      started.push('r');
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    });
    const waiting = queue.load({ key: 'w', fileName: 'w.csv', bytes: 1, origin: 'user' }, async () => {
      started.push('w');
      return 1;
    });
    queue.cancel('w');
    open();
    await new Promise((resolve) => setTimeout(resolve, 10));
    queue.cancel('r');
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(await waiting).toEqual({ kind: 'cancelled' });
    expect(started).toEqual(['r']);
  });

  test('a failed load says why and the next one still runs; tasks after loads wait for them', async () => {
    const { queue, open } = queueWithGate();
    open();
    const failed = queue.load({ key: 'f', fileName: 'f.csv', bytes: 1, origin: 'default' }, async () => {
      throw new Error('broken');
    });
    const after = queue.after(async () => 'after');
    expect(await failed).toEqual({ kind: 'failed', error: new Error('broken') });
    expect(await after).toBe('after');
  });
});
