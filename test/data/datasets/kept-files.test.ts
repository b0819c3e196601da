import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { createKeptFiles } from '../../../src/data/datasets/kept-files';
import type { StoredFile } from '../../../src/data/datasets/stored-files';
import { indexedDbSavedFiles } from '../../../src/data/persist/saved-files';

let databases = 0;

/** Kept files over a fresh fake IndexedDB holding `ids`, as the store uses them. */
async function keptFiles(ids: readonly string[]) {
  const name = `kept-files-test-${++databases}`;
  const savedFiles = indexedDbSavedFiles(name);
  for (const id of ids)
    await savedFiles.save({
      id,
      name: `${id}.csv`,
      title: `${id}.csv`,
      fingerprint: id,
      metaText: null,
      data: new Blob(['a']),
    });
  let files: readonly StoredFile[] | null = null;
  const problems: string[] = [];
  const kept = createKeptFiles({
    savedFiles,
    read: () => files,
    write: (next) => {
      files = next;
    },
    reportProblem: (_, message) => problems.push(message),
  });
  const stored = async () => (await indexedDbSavedFiles(name).list()).map((f) => [f.id, f.loadFaults]);
  return { kept, stored, problems, files: () => files, otherTab: indexedDbSavedFiles(name) };
}

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
};

test('a fault is written to storage at once; a load that went well clears it', async () => {
  const { kept, stored } = await keptFiles(['u1']);
  await kept.list();
  kept.change({ type: 'not-loaded', id: 'u1', reason: { kind: 'fault', detail: 'trap' } });
  await until(async () => (await stored())[0]?.[1] === 1);
  expect(await stored()).toEqual([['u1', 1]]);
  expect((await kept.forLoadAgain('u1'))?.id).toBe('u1');
  kept.change({ type: 'loaded', id: 'u1' });
  await until(async () => (await stored())[0]?.[1] === 0);
  expect(await stored()).toEqual([['u1', 0]]);
});

test('Load again is offered only for a file not loaded, and catches up with a removal in another tab', async () => {
  const { kept, files, problems, otherTab } = await keptFiles(['u1', 'u2']);
  await kept.list();
  expect(await kept.forLoadAgain('u1')).toBeNull();
  kept.change({ type: 'not-loaded', id: 'u2', reason: { kind: 'cancelled' } });
  await otherTab.remove('u2');
  expect(await kept.forLoadAgain('u2')).toBeNull();
  expect(files()?.map((f) => f.id)).toEqual(['u1']);
  expect(problems).toEqual(['u2.csv is no longer kept in this browser: add it again to load it.']);
});

test('only forget deletes a kept file', async () => {
  const { kept, stored } = await keptFiles(['u1']);
  await kept.list();
  kept.change({ type: 'not-loaded', id: 'u1', reason: { kind: 'cancelled' } });
  kept.change({ type: 'not-loaded', id: 'u1', reason: { kind: 'problem', detail: 'bad' } });
  expect(await stored()).toEqual([['u1', 0]]);
  await kept.forget('u1');
  expect(await stored()).toEqual([]);
});
