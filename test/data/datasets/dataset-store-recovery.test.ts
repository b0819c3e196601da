import { expect, test, vi } from 'vitest';
import { createDatasetStore, type DatasetStore } from '../../../src/data/datasets/dataset-store';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { fetchDataFile, manifest } from '../../support/default-datasets';
import { rateFile } from './rate-file';

// Each case starts two real engines and loads its files twice: slow on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const trap = () => Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });

/**
 * A real engine that breaks the way DuckDB-WASM does: a query that `breaks` traps, and so does every later call
 * (the wasm heap is gone). `hang` makes it stop answering instead.
 */
function breakable(engine: SqlEngine, breaks: (sql: string) => boolean, mode: 'trap' | 'hang' = 'trap') {
  let broken = false;
  const check = async () => {
    if (!broken) return;
    if (mode === 'hang') await new Promise(() => undefined);
    throw trap();
  };
  const wrapped: SqlEngine = {
    async query(sql, params) {
      if (breaks(sql)) broken = true;
      await check();
      return engine.query(sql, params);
    },
    async queryStoppable(sql, signal) {
      if (breaks(sql)) broken = true;
      await check();
      return engine.queryStoppable(sql, signal);
    },
    async streamStoppable(sql, signal, onRows) {
      if (breaks(sql)) broken = true;
      await check();
      return engine.streamStoppable(sql, signal, onRows);
    },
    registerFile: async (name, data) => {
      if (breaks(name) || (data instanceof File && breaks(data.name))) broken = true;
      await check();
      return engine.registerFile(name, data);
    },
    dropFile: async (name) => {
      await check();
      return engine.dropFile(name);
    },
  };
  return wrapped;
}

async function storeOn(
  breaks: (sql: string) => boolean,
  options: { mode?: 'trap' | 'hang'; stallMs?: number; everyEngine?: boolean } = {},
) {
  const engines: SqlEngine[] = [];
  const make = async () => {
    const engine = await createNodeEngine();
    engines.push(engine);
    return options.everyEngine || engines.length === 1 ? breakable(engine, breaks, options.mode) : engine;
  };
  const store = createDatasetStore({
    engine: await make(),
    manifest,
    fetchFile: fetchDataFile,
    restartEngine: make,
    ...(options.stallMs ? { stallMs: options.stallMs } : {}),
  });
  return { store, engines };
}

const listed = (store: DatasetStore) => store.getState().datasets.map((d) => [d.id, d.live]);

test.each([
  { case: 'a query traps', mode: 'trap' as const },
  { case: 'the engine stops answering', mode: 'hang' as const },
])('$case: a new engine holds every dataset again, and the user is told in one line', async ({ mode }) => {
  const { store, engines } = await storeOn((sql) => sql.includes('lens_break_here'), { mode, stallMs: 3000 });
  await store.need(['annual_absence']);
  const [a, b] = await store.addFiles([rateFile('a.csv', 7), rateFile('b.csv', 8)]);
  const before = store.getState().version;

  await expect(store.engine.query('SELECT 1 AS lens_break_here')).rejects.toThrow(
    mode === 'trap' ? /memory access out of bounds/ : /did not answer/,
  );
  // Queries wait for the new engine and find every table there.
  expect(await store.engine.query(`SELECT rate FROM ds_${b?.id}`)).toEqual([{ rate: 8 }]);
  expect(engines).toHaveLength(2);
  expect(listed(store)).toEqual([
    ['annual_absence', true],
    [a?.id, true],
    [b?.id, true],
  ]);
  expect(store.getState().version).toBeGreaterThan(before);
  expect(store.getState().datasets.every((d) => d.revision > before)).toBe(true);
  expect(store.getState().engineNotice).toBe(
    'The data engine stopped and was restarted; your 2 files were loaded again.',
  );
  const [observations] = await store.engine.query<{ n: bigint | number }>(
    'SELECT count(*) AS n FROM observations WHERE dataset IN (?, ?)',
    [a?.id ?? '', b?.id ?? ''],
  );
  expect(Number(observations?.n)).toBe(2);
});

test('a file whose load breaks the engine is left out, said so, and the others are loaded again', async () => {
  // The engine is given the file's pieces under the dataset's name: the second file added is u2.
  const { store, engines } = await storeOn((name) => name.includes('raw_u2.'), { everyEngine: true });
  const [good] = await store.addFiles([rateFile('good.csv', 3)]);
  const [poison] = await store.addFiles([rateFile('poison.csv', 4)]);
  expect(poison).toBeNull();
  expect(engines).toHaveLength(2);
  expect(listed(store)).toEqual([[good?.id, true]]);
  expect(await store.engine.query(`SELECT rate FROM ds_${good?.id}`)).toEqual([{ rate: 3 }]);
  expect(store.getState().problems.map((p) => p.message)).toEqual([
    expect.stringMatching(
      /^poison\.csv: the data engine stopped while loading this file\. DuckDB stopped with an internal fault .*\. It was restarted with your other data; this file was not loaded\./,
    ),
  ]);
  expect(store.getState().engineNotice).toBe(
    'The data engine stopped and was restarted; your 1 file was loaded again.',
  );
});

test('a default file whose load the fault interrupted is loaded on the new engine, with no problem', async () => {
  const { store, engines } = await storeOn((name) => name.includes('raw_attendance_ytd'));
  const [ytd] = await store.need(['attendance_ytd']);
  expect(engines).toHaveLength(2);
  expect([ytd?.id, ytd?.live]).toEqual(['attendance_ytd', true]);
  expect(listed(store)).toEqual([['attendance_ytd', true]]);
  expect(store.getState().problems).toEqual([]);
  expect(store.getState().engineNotice).toBe(
    'The data engine stopped and was restarted; the data were loaded again.',
  );
});

test('the worker reporting an error restarts the engine the same way', async () => {
  const { store, engines } = await storeOn(() => false);
  const [kept] = await store.addFiles([rateFile('kept.csv', 9)]);
  await store.engineFailed(new Error('Uncaught RuntimeError: unreachable'));
  expect(engines).toHaveLength(2);
  expect(await store.engine.query(`SELECT rate FROM ds_${kept?.id}`)).toEqual([{ rate: 9 }]);
});
