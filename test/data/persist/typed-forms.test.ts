import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import {
  indexedDbTypedForms,
  TYPED_FORM_VERSION,
  type TypedForm,
} from '../../../src/data/persist/typed-forms';

const form = (id: string, bytes: number): TypedForm => ({
  id,
  fingerprint: `print-${id}`,
  version: TYPED_FORM_VERSION,
  dataset: { id } as TypedForm['dataset'],
  data: new Blob([new Uint8Array(bytes)]),
});

test.each([
  ['not there yet', async () => undefined],
  // What opening it without a version does (as a tool or another page of this origin may): version 1, no stores.
  ['made empty at version 1', async (name: string) => (await openDB(name)).close()],
  [
    'made by the first version of the app',
    async (name: string) => {
      const v1 = await openDB(name, 1, {
        upgrade: (db) => void db.createObjectStore('forms', { keyPath: 'id' }),
      });
      await v1.put('forms', form('u1', 3));
      v1.close();
    },
  ],
])('typed forms are kept and read back when the database is %s', async (_case, before) => {
  const name = `typed-forms-${_case}`;
  await before(name);
  const forms = indexedDbTypedForms(name);
  await forms.put(form('u2', 5));
  expect((await forms.get('u2'))?.data.size).toBe(5);
  const sizes = await indexedDbTypedForms(name).sizes();
  expect(sizes.get('u2')).toBe(5);
  await forms.remove('u2');
  expect(await forms.get('u2')).toBeNull();
});

test('a form kept by the first version of the app is still there after the upgrade', async () => {
  const name = 'typed-forms-kept-v1';
  const v1 = await openDB(name, 1, {
    upgrade: (db) => void db.createObjectStore('forms', { keyPath: 'id' }),
  });
  await v1.put('forms', form('u1', 7));
  v1.close();
  expect((await indexedDbTypedForms(name).get('u1'))?.data.size).toBe(7);
});
