import 'fake-indexeddb/auto';
import { beforeAll, expect, test, vi } from 'vitest';
import type { Dataset } from '../../../src/data/catalogue';
import { createTypedKeeping } from '../../../src/data/datasets/typed-keeping';
import { createUserFileLoads } from '../../../src/data/datasets/user-file-loads';
import { userFileRecipe } from '../../../src/data/datasets/user-file-recipe';
import { createUserFiles } from '../../../src/data/datasets/user-files';
import type { StoredFile } from '../../../src/data/datasets/stored-files';
import { dropDataset } from '../../../src/data/load/load-dataset';
import { indexedDbSavedFiles } from '../../../src/data/persist/saved-files';
import { indexedDbTypedForms } from '../../../src/data/persist/typed-forms';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { dataFile } from '../../support/dfe-files';

vi.setConfig({ testTimeout: 180_000 });

const csv = (name: string, value: number) =>
  new File(
    [
      'time_period,time_identifier,geographic_level,country_code,country_name,rate\n' +
        `202324,Academic year,National,E92000001,England,${value}`,
    ],
    name,
  );
const signal = new AbortController().signal;
const template = async () => dataFile('typed-template.duckdb');

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

test('a recipe reads the original, or restores the kept typed form and says which it did', async () => {
  const source = {
    id: 'uk1',
    name: 'k.csv',
    title: 'k.csv',
    fingerprint: 'fp-k',
    metaText: null,
    data: csv('k.csv', 4),
  };
  const first = userFileRecipe(source);
  const dataset = { ...(await first.run(engine, signal)), revision: 1, live: true } as Dataset;
  expect(first.readOriginal()).toBe(true);
  const problems: string[] = [];
  const typed = createTypedKeeping({
    forms: indexedDbTypedForms('user-file-loads-typed'),
    template,
    reportProblem: (_, message) => problems.push(message),
  });
  await typed.keep(engine, dataset, 'fp-k');
  await dropDataset(engine, 'uk1');
  const again = userFileRecipe(source, typed);
  await again.run(engine, signal);
  expect(again.readOriginal()).toBe(false);
  expect(await engine.query('SELECT rate FROM ds_uk1')).toEqual([{ rate: 4 }]);
  // A form kept for other content is not used: the original is read again.
  await dropDataset(engine, 'uk1');
  const changed = userFileRecipe({ ...source, fingerprint: 'fp-other' }, typed);
  await changed.run(engine, signal);
  expect(changed.readOriginal()).toBe(true);
  await typed.forget('uk1', 'k.csv');
  expect(problems).toEqual([
    expect.stringMatching(
      /^k\.csv was read again from the kept file, because its stored form belongs to a different file\./,
    ),
  ]);
});

test('the same content is refused while it loads, and a title in use gets a title of its own', async () => {
  const files = createUserFiles(null);
  const { fresh } = await files.prepare([csv('same.csv', 1)], ['same.csv']);
  expect(fresh.map((f) => [f.id, f.title])).toEqual([['u1', 'same.csv (2)']]);
  const again = await files.prepare([csv('other-name.csv', 1)], []);
  expect(again.fresh).toEqual([]);
  expect(again.duplicates[0]?.message).toBe(
    'other-name.csv is already loaded as “same.csv (2)”, so it was not added again.',
  );
  files.release('u1');
  expect((await files.prepare([csv('other-name.csv', 1)], [])).fresh).toHaveLength(1);
});

test('added files load once each, are kept with their typed form, and restore under their ids', async () => {
  const name = 'user-file-loads-1';
  let kept = null as readonly StoredFile[] | null;
  const listed = (): readonly StoredFile[] | null => kept;
  const problems: string[] = [];
  const loaded: Dataset[] = [];
  const loadsIn = (savedFilesName: string) =>
    createUserFileLoads({
      savedFiles: indexedDbSavedFiles(savedFilesName),
      typedForms: indexedDbTypedForms(`${savedFilesName}-typed`),
      fetchFile: async (file) => dataFile(file),
      readKept: () => kept,
      writeKept: (files) => (kept = files),
      reportProblem: (_, message) => problems.push(message),
      addProblem: (problem) => problems.push(problem.message),
      enqueue: async (recipe, onNotLoaded) => {
        try {
          const dataset = { ...(await recipe.run(engine, signal)), revision: 1, live: true } as Dataset;
          loaded.push(dataset);
          return dataset;
        } catch (error) {
          onNotLoaded({ kind: 'failed', error });
          return null;
        }
      },
      afterLoads: (task) => task(engine),
      isLive: (dataset) => loaded.includes(dataset),
    });
  const files = loadsIn(name);
  const [a, twin, broken] = await files.add(
    [
      { file: csv('a.csv', 7), meta: null },
      { file: csv('twin.csv', 7), meta: null },
      { file: new File(['not,a\n"broken'], 'broken.csv'), meta: null },
    ],
    [],
  );
  expect([a?.id, twin, broken]).toEqual(['u1', null, null]);
  expect(problems[0]).toBe('twin.csv is already loaded as “a.csv”, so it was not added again.');
  expect(problems).toHaveLength(2);
  expect(listed()?.map((f) => [f.id, f.status.kind])).toEqual([['u1', 'loaded']]);
  await vi.waitFor(async () => expect(await indexedDbTypedForms(`${name}-typed`).get('u1')).not.toBeNull(), {
    timeout: 60_000,
  });

  // The next visit: listed at once, loaded from the typed form under the same id.
  await dropDataset(engine, 'u1');
  kept = null;
  const next = loadsIn(name);
  await next.restore(Promise.resolve());
  expect(listed()?.map((f) => [f.id, f.status.kind])).toEqual([['u1', 'loaded']]);
  expect(await engine.query('SELECT rate FROM ds_u1')).toEqual([{ rate: 7 }]);

  // A file the restarted engine was not given stays kept, listed as not loaded; Remove deletes it.
  next.leftOut(
    [
      {
        id: 'u1',
        key: 'u1',
        fileName: 'a.csv',
        bytes: 1,
        origin: 'user',
        run: async () => {
          throw new Error('unused');
        },
      },
    ],
    [],
  );
  expect(listed()?.map((f) => [f.id, f.status])).toEqual([
    ['u1', { kind: 'not-loaded', reason: { kind: 'left-out' } }],
  ]);
  await next.forget('u1', 'a.csv');
  expect(listed()).toEqual([]);
  expect(await indexedDbSavedFiles(name).list()).toEqual([]);
});
