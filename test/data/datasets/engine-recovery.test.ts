import { beforeAll, expect, test, vi } from 'vitest';
import type { LoadedDataset } from '../../../src/data/catalogue';
import {
  createEngineRecovery,
  faultsReducer,
  rebuildEngine,
  recoveryNotice,
  recoveryPlan,
  type Recipe,
  type RecoveryDone,
} from '../../../src/data/datasets/engine-recovery';
import { createStoreEngine } from '../../../src/data/datasets/store-engine';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

vi.setConfig({ testTimeout: 180_000 });

test.each([
  { faults: 1, canRestart: true, plan: 'all' },
  { faults: 2, canRestart: true, plan: 'defaults-only' },
  { faults: 3, canRestart: true, plan: 'defaults-only' },
  { faults: 4, canRestart: true, plan: 'give-up' },
  { faults: 1, canRestart: false, plan: 'give-up' },
])('after $faults fault(s) in a row (restart: $canRestart): $plan', ({ faults, canRestart, plan }) => {
  expect(recoveryPlan(faults, canRestart)).toBe(plan);
});

test('faults count up until something is answered', () => {
  expect(faultsReducer(faultsReducer(0, { type: 'fault' }), { type: 'fault' })).toBe(2);
  expect(faultsReducer(2, { type: 'answered' })).toBe(0);
});

test.each([
  { back: 0, missed: [], notice: 'The data engine stopped and was restarted; the data were loaded again.' },
  { back: 1, missed: [], notice: 'The data engine stopped and was restarted; your 1 file was loaded again.' },
  {
    back: 2,
    missed: ['a.csv', 'b.csv'],
    notice:
      'The data engine stopped and was restarted; your 2 files were loaded again. Left out, as the engine stopped again with them: a.csv, b.csv.',
  },
])('the notice for $back file(s) back and $missed.length left out', ({ back, missed, notice }) => {
  expect(recoveryNotice(back, missed)).toBe(notice);
});

/** A recipe making one table on the engine it is given; `poison` traps instead, as a file that breaks DuckDB. */
const recipe = (id: string, origin: 'default' | 'user', poison = false): Recipe => ({
  id,
  key: id,
  fileName: `${id}.csv`,
  bytes: 1,
  origin,
  run: async (engine: SqlEngine) => {
    if (poison) throw Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
    await engine.query(`CREATE OR REPLACE TABLE ds_${id} AS SELECT '${id}' AS id`);
    return { id } as LoadedDataset;
  },
});

let engines: SqlEngine[] = [];
beforeAll(() => {
  engines = [];
});
const newEngine = async () => {
  const engine = await createNodeEngine();
  engines.push(engine);
  return engine;
};

test('rebuildEngine loads every recipe on a new engine, leaving out one that breaks it too', async () => {
  const store = createStoreEngine({ source: await newEngine(), stallMs: 60_000, onFault: () => undefined });
  const rebuilt = await rebuildEngine({
    toLoad: [recipe('a', 'default'), recipe('poison', 'user', true), recipe('b', 'user')],
    start: () => store.fresh(newEngine),
    refreshObservations: async () => undefined,
    onProblem: () => undefined,
  });
  expect([...rebuilt.reloaded.keys()]).toEqual(['a', 'b']);
  expect(rebuilt.leftOut.map((r) => r.id)).toEqual(['poison']);
  expect(await rebuilt.instance.engine.query('SELECT id FROM ds_b')).toEqual([{ id: 'b' }]);
});

test('a recovery restarts once however many faults arrive, loads again what was loaded, and says when done', async () => {
  const store = createStoreEngine({
    source: await newEngine(),
    stallMs: 60_000,
    onFault: (f) => void recovery.recover(f),
  });
  const done: RecoveryDone[] = [];
  const events: string[] = [];
  let liveIds = ['a', 'u1'];
  const recovery = createEngineRecovery({
    engines: store,
    restart: newEngine,
    liveIds: () => liveIds,
    refreshObservations: async () => undefined,
    onProblem: () => undefined,
    onRestarting: () => events.push('restarting'),
    onRestarted: (result) => done.push(result),
    onStopped: (notice) => events.push(notice),
  });
  for (const r of [recipe('a', 'default'), recipe('u1', 'user')]) {
    await r.run(store.current().engine, new AbortController().signal);
    recovery.loaded(r);
  }
  const before = engines.length;
  store.current().guard.fail(new Error('worker died'));
  void recovery.recover(new Error('again'));
  await recovery.ready();
  expect(engines.length).toBe(before + 1);
  expect(events).toEqual(['restarting']);
  expect(done.map((d) => [...d.reloaded.keys()])).toEqual([['a', 'u1']]);
  expect(await store.current().engine.query('SELECT id FROM ds_u1')).toEqual([{ id: 'u1' }]);

  // A second fault before anything answered: the user's files are left out.
  liveIds = ['a', 'u1'];
  store.current().guard.fail(new Error('worker died again'));
  await recovery.ready();
  expect(done[1]?.leftOut.map((r) => r.id)).toEqual(['u1']);
  expect([...(done[1]?.reloaded.keys() ?? [])]).toEqual(['a']);
});

test('without a way to restart, a fault is only said', async () => {
  const notices: string[] = [];
  const store = createStoreEngine({
    source: await newEngine(),
    stallMs: 60_000,
    onFault: (f) => void recovery.recover(f),
  });
  const recovery = createEngineRecovery({
    engines: store,
    restart: undefined,
    liveIds: () => [],
    refreshObservations: async () => undefined,
    onProblem: () => undefined,
    onRestarting: () => notices.push('restarting'),
    onRestarted: () => notices.push('restarted'),
    onStopped: (notice) => notices.push(notice),
  });
  store.current().guard.fail(new Error('worker died'));
  await recovery.ready();
  expect(notices).toEqual([
    'The data engine stopped (The data engine stopped (worker died).) and could not be restarted here. Reload the page; your added files are kept.',
  ]);
});
