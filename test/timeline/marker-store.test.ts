import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { Marker } from '../../src/timeline/event';
import { MarkerConflictError, openMarkerStore, type MarkerStore } from '../../src/timeline/marker-store';
import { aMarker, firstMarker } from '../support/markers';

// fake-indexeddb implements IndexedDB's transactions (atomic, aborted on any failed request) in Node.
let databases = 0;

/** Two stores on one database: what two tabs of the app have. */
async function twoTabs(initial: Marker[] = []): Promise<[MarkerStore, MarkerStore]> {
  const name = `markers-test-${++databases}`;
  const first = await openMarkerStore(name);
  for (const m of initial) await first.add(m);
  return [first, await openMarkerStore(name)];
}

const titles = async (store: MarkerStore) => (await store.list()).map((m) => `${m.title}@${m.revision}`);

describe('revisions', () => {
  test('adding stores revision 1 and each saved edit adds one', async () => {
    const [store] = await twoTabs();
    const added = await store.add(aMarker('a'));
    expect(added.revision).toBe(1);
    const { previous, saved } = await store.update({ ...added, title: 'renamed' });
    expect(previous.title).toBe('a');
    expect(saved.revision).toBe(2);
    expect(await titles(store)).toEqual(['renamed@2']);
  });

  test.each([
    {
      name: 'an edit',
      stale: (s: MarkerStore, read: Marker) => s.update({ ...read, title: 'from the stale tab' }),
    },
    { name: 'a delete', stale: (s: MarkerStore, read: Marker) => s.remove(read.id, read.revision) },
    { name: 'an undo', stale: (s: MarkerStore, read: Marker) => s.restore(read, read.revision ?? null) },
  ])(
    '$name from a tab that read an older revision is refused, showing the stored marker',
    async ({ stale }) => {
      const [tabA, tabB] = await twoTabs([aMarker('a', { title: 'original' })]);
      const readByB = firstMarker(await tabB.list());
      const readByA = firstMarker(await tabA.list());
      await tabA.update({ ...readByA, title: 'saved in tab A' });

      const refused = await stale(tabB, readByB).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(MarkerConflictError);
      expect((refused as MarkerConflictError).current).toMatchObject({
        title: 'saved in tab A',
        revision: 2,
      });
      expect((refused as Error).message).toMatch(/^“saved in tab A” was changed in another tab or window/);
      expect(await titles(tabA)).toEqual(['saved in tab A@2']);
    },
  );

  test('an edit of a marker another tab deleted is refused and says it was deleted', async () => {
    const [tabA, tabB] = await twoTabs([aMarker('a')]);
    const read = firstMarker(await tabB.list());
    await tabA.remove('a', 1);
    const refused = await tabB.update({ ...read, title: 'edited' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MarkerConflictError);
    expect((refused as MarkerConflictError).current).toBeNull();
    expect((refused as Error).message).toMatch(/deleted in another tab/);
    expect(await tabA.list()).toEqual([]);
  });

  test('undo puts the previous text back with a newer revision', async () => {
    const [store] = await twoTabs([aMarker('a', { title: 'first' })]);
    const read = firstMarker(await store.list());
    const { previous, saved } = await store.update({ ...read, title: 'second' });
    const restored = await store.restore(previous, saved.revision ?? null);
    expect(restored).toMatchObject({ title: 'first', revision: 3 });
    expect(await titles(store)).toEqual(['first@3']);
  });
});

describe('an import is one transaction', () => {
  test.each([
    {
      name: 'a marker whose id is already stored',
      add: [aMarker('x'), aMarker('y'), aMarker('a', { title: 'clash' })],
      reason: /already exists/,
    },
    {
      name: 'an invalid marker after valid ones',
      add: [aMarker('x'), { ...aMarker('y'), start: 'soon' }],
      reason: /start "soon" is not a date/,
    },
  ])('$name: nothing of the file is saved', async ({ add, reason }) => {
    const [store] = await twoTabs([aMarker('a', { title: 'kept' })]);
    await expect(store.importAll(add, [])).rejects.toThrow(reason);
    expect(await titles(store)).toEqual(['kept@1']);
  });

  test('every marker is saved, replacements with a newer revision', async () => {
    const [store] = await twoTabs([aMarker('a', { title: 'old' })]);
    const saved = await store.importAll([aMarker('b')], [aMarker('a', { title: 'replaced' })]);
    expect(saved.map((m) => `${m.title}@${m.revision}`)).toEqual(['b@1', 'replaced@2']);
    expect((await titles(store)).sort()).toEqual(['b@1', 'replaced@2']);
  });
});
