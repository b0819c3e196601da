import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { createDatasetStore, type DatasetStore } from '../../../src/data/datasets/dataset-store';
import type { Manifest } from '../../../src/data/default-data';
import { indexedDbSavedFiles, type SavedFiles } from '../../../src/data/persist/saved-files';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { DATA_DIR } from '../../support/dfe-files';

// Issue #23: two tabs share one IndexedDB; each has its own engine. The same file added in both must be kept once,
// or after a reload it loads twice and every total in `observations` doubles.
const manifest: Manifest = {
  ...(JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest),
  datasets: [],
};
const csv = [
  'time_period,time_identifier,geographic_level,country_code,country_name,rate',
  '202324,Academic year,National,E92000001,England,7',
].join('\n');

let engines: SqlEngine[] = [];
let storage = 0;
beforeAll(async () => {
  engines = await Promise.all([createNodeEngine(), createNodeEngine(), createNodeEngine()]);
});

/**
 * Holds the first two tabs' saves until both have asked to save: each has looked for a kept copy, found none and loaded
 * the file, which is the race `save`'s one transaction settles. Left to the event loop, one tab's add could end
 * before the other looked, and the test would check the earlier look instead. `open` lets both through at once: for
 * when a tab's add ends without saving (the check broke), so the test fails on its assertions rather than hanging.
 */
function bothTabsAskToSave() {
  let asked = 0;
  let open = () => {};
  const together = new Promise<void>((resolve) => (open = resolve));
  const gated = (files: SavedFiles): SavedFiles => ({
    ...files,
    save: async (file) => {
      if (++asked === 2) open();
      await together;
      return files.save(file);
    },
  });
  return { wrap: (saved: SavedFiles[]) => saved.map((files, tab) => (tab < 2 ? gated(files) : files)), open };
}

/** Three tabs (the third opened after the others, as a reload) over one browser's storage. */
function tabs(wrap = (saved: SavedFiles[]) => saved): DatasetStore[] {
  const name = `two-tabs-${++storage}`;
  return wrap(engines.map(() => indexedDbSavedFiles(name))).map((savedFiles, tab) =>
    createDatasetStore({
      engine: engines[tab] as SqlEngine,
      manifest,
      fetchFile: async () => new Uint8Array(),
      savedFiles,
    }),
  );
}

const messages = (store: DatasetStore) => store.getState().problems.map((p) => p.message);

async function reloaded(store: DatasetStore): Promise<string[]> {
  store.start();
  await expect
    .poll(() => store.getState().datasets.length > 0 && store.getState().jobs.length === 0)
    .toBe(true);
  return store.getState().datasets.map((d) => d.title);
}

test('a file another tab keeps already is not added again, and says where it is', async () => {
  const [first, second, later] = tabs();
  if (!first || !second || !later) throw new Error('three tabs');
  await first.addFiles([new File([csv], 'rates.csv')]);
  expect(await second.addFiles([new File([csv], 'copy of rates.csv')])).toEqual([null]);
  expect(messages(second)).toEqual([
    'copy of rates.csv is already kept in this browser as “rates.csv” (added in another tab), so it was not added again. Reload this page to see it here.',
  ]);
  expect(await reloaded(later)).toEqual(['rates.csv']);
}, 60_000);

test('two tabs adding the same file at once keep it once', async () => {
  const gate = bothTabsAskToSave();
  const [first, second, later] = tabs(gate.wrap);
  const laterEngine = engines[2];
  if (!first || !second || !later || !laterEngine) throw new Error('three tabs');
  await Promise.all([
    first.addFiles([new File([csv], 'a.csv')]).finally(gate.open),
    second.addFiles([new File([csv], 'b.csv')]).finally(gate.open),
  ]);
  const notKept = [...messages(first), ...messages(second)];
  expect(notKept).toHaveLength(1);
  expect(notKept[0]).toMatch(
    /^(a|b)\.csv is already kept in this browser as “(a|b)\.csv” \(added in another tab\), so it was not kept twice/,
  );
  const titles = await reloaded(later);
  expect(titles).toHaveLength(1);
  const [{ n } = { n: 0 }] = await laterEngine.query<{ n: number }>(
    'SELECT count(*)::INTEGER AS n FROM observations',
  );
  expect(n).toBe(1);
}, 60_000);
