import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import {
  createDatasetStore,
  type DatasetState,
  type DatasetStore,
} from '../../../src/data/datasets/dataset-store';
import { indexedDbSavedFiles } from '../../../src/data/persist/saved-files';
import { indexedDbTypedForms, type TypedForms } from '../../../src/data/persist/typed-forms';
import { createNodeEngine } from '../../support/node-engine';
import { fetchDataFile, manifestWith } from '../../support/default-datasets';
import { until } from './store-until';
import { copyDatabase } from './copy-database';

// Issue #24 point 3, through the store: a kept file comes back from its typed form, and one whose form cannot be
// used is read again from its original, with a message.

const manifest = manifestWith(['annual_absence']);
vi.setConfig({ testTimeout: 240_000 });

const csv = new File(
  [
    [
      'time_period,time_identifier,geographic_level,country_code,country_name,rate',
      '202223,Academic year,National,E92000001,England,6.5',
      '202324,Academic year,National,E92000001,England,7.25',
    ].join('\n'),
  ],
  'rates.csv',
);

/** A page loaded in one browser (its storage named `name`), and what its loads of rates.csv did. */
async function visit(name: string, typedForms: TypedForms = indexedDbTypedForms(`${name}-typed`)) {
  performance.clearMeasures();
  const store = createDatasetStore({
    engine: await createNodeEngine(),
    manifest,
    fetchFile: fetchDataFile,
    savedFiles: indexedDbSavedFiles(name),
    typedForms,
  });
  return store;
}

const liveU1 = (s: DatasetState) => s.jobs.length === 0 && s.datasets.some((d) => d.id === 'u1' && d.live);
const loadsOfRates = () =>
  performance
    .getEntriesByType('measure')
    .filter((m) => (m as PerformanceMeasure).detail?.file === 'rates.csv')
    .flatMap((m) => (m.name === 'lens:load-read' ? ['read'] : m.name === 'lens:attach' ? ['attach'] : []));
const rows = (store: DatasetStore) => store.engine.query('SELECT * FROM ds_u1 ORDER BY ALL');

/**
 * The first visit (rates.csv added, loaded, kept with its typed form) is made once, in storage of its own; each test
 * starts from a copy of that storage (copy-database.ts), so none sees another's later visits.
 */
let firstVisitMade: ReturnType<typeof makeFirstVisit> | null = null;
async function makeFirstVisit() {
  const store = await visit('typed-first');
  await store.addFiles([csv]);
  const forms = indexedDbTypedForms('typed-first-typed');
  await vi.waitFor(async () => expect(await forms.get('u1')).not.toBeNull(), { timeout: 120_000 });
  return await rows(store);
}

/** A browser named `name` whose storage is what the first visit left. */
async function firstVisit(name: string) {
  const first = await (firstVisitMade ??= makeFirstVisit());
  await copyDatabase('typed-first', name);
  await copyDatabase('typed-first-typed', `${name}-typed`);
  return { first, forms: indexedDbTypedForms(`${name}-typed`) };
}

test('a kept file is attached from its typed form on the next visit, with the same rows, and removed with it', async () => {
  const { first, forms } = await firstVisit('typed-1');
  const next = await visit('typed-1');
  next.start();
  await until(next, liveU1);
  expect(loadsOfRates()).toEqual(['attach']);
  expect(await rows(next)).toEqual(first);
  expect(next.getState().problems).toEqual([]);

  await next.remove('u1');
  expect(await forms.get('u1')).toBeNull();
  expect(await indexedDbSavedFiles('typed-1').list()).toEqual([]);
});

test('a kept file whose typed form is from an older version is read again, said, and kept anew', async () => {
  const { first, forms } = await firstVisit('typed-2');
  const form = await forms.get('u1');
  if (!form) throw new Error('no typed form kept');
  await forms.put({ ...form, version: 0 });
  const next = await visit('typed-2');
  next.start();
  await until(next, liveU1);
  expect(loadsOfRates()).toEqual(['read']);
  expect(await rows(next)).toEqual(first);
  expect(
    next
      .getState()
      .problems.map((p) => p.message)
      .join(' '),
  ).toMatch(
    /rates\.csv was read again from the kept file, because its stored form was made by an older version/,
  );
  await vi.waitFor(async () => expect((await forms.get('u1'))?.version).toBe(form.version), {
    timeout: 120_000,
  });
});

test('a storage that refuses the typed form says so; the file stays loaded and the original still serves', async () => {
  const refusing: TypedForms = {
    ...indexedDbTypedForms('typed-3-typed'),
    put: async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
  const store = await visit('typed-3', refusing);
  await store.addFiles([csv]);
  await until(store, (s) => s.problems.length > 0);
  expect(
    store
      .getState()
      .problems.map((p) => p.message)
      .join(' '),
  ).toMatch(
    /rates\.csv is loaded and kept, but this browser could not also keep it ready to open quickly: the space this browser gives the site is full/,
  );
  expect(await rows(store)).toHaveLength(2);
  const next = await visit('typed-3');
  next.start();
  await until(next, liveU1);
  expect(loadsOfRates()).toEqual(['read']);
  expect(await rows(next)).toHaveLength(2);
});
