import { beforeAll, expect, test, vi } from 'vitest';
import { EngineFault } from '../../../src/data/datasets/engine-fault';
import { guardEngine } from '../../../src/data/datasets/engine-guard';
import { createStoreEngine } from '../../../src/data/datasets/store-engine';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

vi.setConfig({ testTimeout: 120_000 });

let node: Required<SqlEngine>;
beforeAll(async () => {
  node = (await createNodeEngine()) as Required<SqlEngine>;
});

test('the engine is started on its first call, once, and loads and views reach the same one', async () => {
  let starts = 0;
  const engines = createStoreEngine({
    source: async () => {
      starts++;
      return node;
    },
    stallMs: 60_000,
    onFault: () => undefined,
  });
  expect(starts).toBe(0);
  const { engine } = engines.current();
  await engine.query('CREATE OR REPLACE TABLE store_engine_t AS SELECT 42 AS n');
  const views = engines.forViews({
    ready: async () => undefined,
    early: () => undefined,
    answered: () => undefined,
  });
  expect(await views.query('SELECT n FROM store_engine_t')).toEqual([{ n: 42 }]);
  expect(starts).toBe(1);
  // A started engine that can copy its files offers that to loads (typed forms), never to views.
  expect(engine.copyFile).toBeTypeOf('function');
  expect(views.copyFile).toBeUndefined();
});

test('a view waits at its gate, is answered early where an answer is known, and reports answers', async () => {
  const engines = createStoreEngine({ source: node, stallMs: 60_000, onFault: () => undefined });
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const answered: string[] = [];
  const views = engines.forViews({
    ready: () => gate,
    early: (sql) => (sql === 'SELECT 1 AS early' ? [{ early: 'prebuilt' }] : undefined),
    answered: () => answered.push('answered'),
  });
  expect(await views.query('SELECT 1 AS early')).toEqual([{ early: 'prebuilt' }]);
  let done = false;
  const waiting = views.query<{ n: number }>('SELECT 2 AS n').then((rows) => {
    done = true;
    return rows;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(done).toBe(false);
  open();
  expect(await waiting).toEqual([{ n: 2 }]);
  expect(answered).toEqual(['answered']);
});

test('a fault fails the call, tells the store once, and every later call on that engine fails at once', async () => {
  const faults: EngineFault[] = [];
  const trapping: SqlEngine = {
    ...node,
    query: async (sql, params) => {
      if (sql.includes('trap'))
        throw Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
      return node.query(sql, params);
    },
  };
  const engines = createStoreEngine({
    source: trapping,
    stallMs: 60_000,
    onFault: (fault) => faults.push(fault),
  });
  const { engine } = engines.current();
  await expect(engine.query('SELECT 1 AS trap')).rejects.toThrow(/memory access out of bounds/);
  await expect(engine.query('SELECT 1')).rejects.toBeInstanceOf(EngineFault);
  expect(faults).toHaveLength(1);
  // A new engine is used once adopted: views reach it.
  const fresh = await engines.fresh(async () => node);
  engines.adopt(fresh);
  const views = engines.forViews({
    ready: async () => undefined,
    early: () => undefined,
    answered: () => undefined,
  });
  expect(await views.query('SELECT 3 AS n')).toEqual([{ n: 3 }]);
});

test('the guard declares a stall a fault, and fails calls waiting on an engine declared broken', async () => {
  const faults: string[] = [];
  const guard = guardEngine({ stallMs: 50, onFault: (fault) => faults.push(fault.message) });
  await expect(guard.watch(() => new Promise(() => undefined))).rejects.toThrow(
    /did not answer for 0 seconds/,
  );
  expect(faults).toEqual(['The data engine did not answer for 0 seconds.']);
  await expect(guard.watch(async () => 1)).rejects.toBeInstanceOf(EngineFault);

  const second = guardEngine({ stallMs: 60_000, onFault: (fault) => faults.push(fault.message) });
  const waiting = second.watch(() => new Promise(() => undefined), 'no-stall');
  second.fail(new Error('worker died'));
  await expect(waiting).rejects.toThrow('The data engine stopped (worker died).');
  expect(await guardEngine({ stallMs: 60_000, onFault: () => undefined }).watch(async () => 'fine')).toBe(
    'fine',
  );
});
