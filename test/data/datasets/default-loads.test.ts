import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test, vi } from 'vitest';
import type { Dataset } from '../../../src/data/catalogue';
import { createDefaultLoads } from '../../../src/data/datasets/default-loads';
import { defaultRecipe } from '../../../src/data/datasets/default-recipe';
import { refreshObservations } from '../../../src/data/datasets/refresh-observations';
import type { DefaultDatasetEntry, Manifest } from '../../../src/data/default-data';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { DATA_DIR, dataFile } from '../../support/dfe-files';

vi.setConfig({ testTimeout: 120_000 });

const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const entry = (id: string) => manifest.datasets.find((d) => d.id === id) as DefaultDatasetEntry;
const signal = new AbortController().signal;

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

test('a default recipe fetches its files at once, once, attaches them and names the content it loads', async () => {
  const fetched: string[] = [];
  const fetchFile = async (file: string) => {
    fetched.push(file);
    return dataFile(file);
  };
  const described: string[] = [];
  const recipe = defaultRecipe(entry('annual_absence'), fetchFile, (fingerprint) =>
    described.push(fingerprint),
  );
  // Fetched while earlier loads run, before its own turn.
  expect(fetched.sort()).toEqual(['annual_absence.description.json', 'annual_absence.duckdb']);
  const loaded = await recipe.run(engine, signal);
  await refreshObservations(engine, [loaded]);
  const [count] = await engine.query<{ n: number }>(
    "SELECT count(*)::INTEGER AS n FROM observations WHERE dataset = 'annual_absence'",
  );
  expect(count?.n).toBeGreaterThan(0);
  expect(described).toHaveLength(1);
  expect(described[0]).toMatch(/\S/);
  // On a new engine it fetches again: the first bytes were given to the first engine.
  await recipe.run(engine, signal);
  expect(fetched).toHaveLength(4);
});

test('a description of another dataset is refused with what to do', async () => {
  const swapped = async (file: string) =>
    dataFile(file === 'attendance_ytd.description.json' ? 'annual_absence.description.json' : file);
  const recipe = defaultRecipe(entry('attendance_ytd'), swapped, () => undefined);
  await expect(recipe.run(engine, signal)).rejects.toThrow(
    /describes annual_absence, not attendance_ytd.*npm run data:build/s,
  );
});

test('each default is loaded once however often asked for; a failed one may be asked for again', async () => {
  let failNext = true;
  const loads: string[] = [];
  const live = new Map<string, Dataset>();
  const defaults = createDefaultLoads({
    manifest,
    fetchFile: async (file) => dataFile(file),
    live: (id) => live.get(id),
    load: async (recipe) => {
      loads.push(recipe.id);
      if (recipe.id === 'attendance_ytd' && failNext) {
        failNext = false;
        return null;
      }
      const dataset = { ...(await recipe.run(engine, signal)), revision: 1, live: true } as Dataset;
      live.set(dataset.id, dataset);
      return dataset;
    },
    claim: () => undefined,
  });
  const [a, b] = await Promise.all([defaults.request('annual_absence'), defaults.request('annual_absence')]);
  expect(a).toBe(b);
  expect(await defaults.request('no_such_dataset')).toBeNull();
  expect(await defaults.request('attendance_ytd')).toBeNull();
  expect((await defaults.request('attendance_ytd'))?.id).toBe('attendance_ytd');
  expect(loads).toEqual(['annual_absence', 'attendance_ytd', 'attendance_ytd']);
  const firsts = manifest.datasets.filter((d) => d.load === 'first').map((d) => d.id);
  expect((await defaults.requestFirst()).map((d) => d?.id)).toEqual(firsts);
});
