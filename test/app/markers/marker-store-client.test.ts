import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { MarkerChannel } from '../../../src/app/markers/marker-broadcast';
import { createMarkerClient } from '../../../src/app/markers/marker-store-client';
import type { Marker } from '../../../src/timeline/event';
import {
  MarkerStoreError,
  openMarkerStore,
  type MarkerOperation,
  type MarkerStore,
} from '../../../src/timeline/marker-store';
import { aMarker, firstMarker } from '../../support/markers';

let databases = 0;

const QUOTA =
  "could not add marker: the browser's storage for this site is full; export and delete old markers or free disk space, then try again. Stored markers are unchanged.";

/** The real IndexedDB store (fake-indexeddb in Node), with one operation made to fail as a full disk would. */
async function failableStore(initial: Marker[]) {
  const real = await openMarkerStore(`client-test-${++databases}`);
  for (const m of initial) await real.add(m);
  const failing = new Set<MarkerOperation>();
  const guard = (operation: MarkerOperation, message: string) => {
    if (failing.has(operation))
      throw new MarkerStoreError(message, operation, new DOMException('', 'QuotaExceededError'));
  };
  const store: MarkerStore = {
    ...real,
    add: async (m) => {
      guard('add', QUOTA);
      return real.add(m);
    },
    importAll: async (add, replace) => {
      guard('import', 'could not import marker: full. Stored markers are unchanged.');
      return real.importAll(add, replace);
    },
  };
  const saved = async () => new Map((await real.list()).map((m) => [m.id, m]));
  return { store, saved, failing };
}

/** Tabs of one browser: a BroadcastChannel delivers a message to every other channel of the same name. */
function channelBus() {
  const listeners = new Set<() => void>();
  return (): MarkerChannel => {
    let own: (() => void) | null = null;
    return {
      announce: () => listeners.forEach((listener) => listener !== own && listener()),
      listen: (listener) => {
        own = listener;
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
}

const quiet = (): MarkerChannel => ({ announce: () => undefined, listen: () => () => undefined });

async function loaded(initial: Marker[]) {
  const fake = await failableStore(initial);
  const client = createMarkerClient(async () => fake.store, quiet());
  await client.load();
  return { ...fake, client };
}

describe('the shared marker client', () => {
  test('a failed save keeps the list and says why', async () => {
    const { client, failing, saved } = await loaded([aMarker('a')]);
    failing.add('add');
    const result = await client.add(aMarker('b'));
    expect(result).toEqual({ ok: false, message: QUOTA.charAt(0).toUpperCase() + QUOTA.slice(1) });
    expect(client.getState().markers.map((m) => m.id)).toEqual(['a']);
    expect(client.getState().error).toMatch(/storage for this site is full.*Stored markers are unchanged/);
    expect([...(await saved()).keys()]).toEqual(['a']);
  });

  test.each([
    // action, markers after it, markers after undo
    ['remove', (c: Client) => c.remove('a'), ['b'], ['a', 'b']],
    [
      'update',
      (c: Client) => c.update({ ...aMarker('a', { title: 'renamed' }), revision: 1 }),
      ['renamed', 'b'],
      ['a', 'b'],
    ],
    ['add', (c: Client) => c.add(aMarker('c', { start: '2024-01-01' })), ['a', 'b', 'c'], ['a', 'b']],
  ])('undo reverses %s', async (_name, act, after, undone) => {
    const { client, saved } = await loaded([aMarker('a'), aMarker('b', { start: '2023-11-01' })]);
    expect(await act(client)).toEqual({ ok: true });
    expect(client.getState().markers.map((m) => m.title)).toEqual(after);
    expect(await client.undo()).toEqual({ ok: true });
    expect(client.getState().markers.map((m) => m.title)).toEqual(undone);
    expect([...(await saved()).values()].map((m) => m.title).sort()).toEqual(undone);
    expect(client.getState().lastChange).toBeNull();
  });

  test('an import that fails saves none of the file and says so', async () => {
    const { client, failing, saved } = await loaded([aMarker('a')]);
    failing.add('import');
    const result = await client.importBatch({
      add: [aMarker('b')],
      replace: [aMarker('a', { title: 'replaced' })],
    });
    expect(result.ok).toBe(false);
    expect(client.getState().error).toMatch(
      /^None of the 2 markers were saved: Could not import marker: full/,
    );
    expect(client.getState().markers.map((m) => m.title)).toEqual(['a']);
    expect([...(await saved()).values()].map((m) => m.title)).toEqual(['a']);
  });

  test('an import that succeeds shows every marker at once', async () => {
    const { client } = await loaded([aMarker('a')]);
    const result = await client.importBatch({
      add: [aMarker('b')],
      replace: [aMarker('a', { title: 'replaced' })],
    });
    expect(result).toEqual({ ok: true });
    expect(client.getState().markers.map((m) => `${m.title}@${m.revision}`)).toEqual(['b@1', 'replaced@2']);
  });

  test('a store that cannot open is reported and tried again next time', async () => {
    let attempts = 0;
    const fake = await failableStore([aMarker('a')]);
    const client = createMarkerClient(async () => {
      attempts++;
      if (attempts === 1) throw new MarkerStoreError('could not open marker storage: blocked', 'open', null);
      return fake.store;
    }, quiet());
    await client.load();
    expect(client.getState()).toMatchObject({ status: 'failed', markers: [] });
    expect(client.getState().error).toMatch(/could not be read\. Could not open marker storage: blocked/);
    await client.load();
    expect(client.getState()).toMatchObject({ status: 'ready', error: null });
    expect(client.getState().markers.map((m) => m.id)).toEqual(['a']);
  });
});

describe('two tabs', () => {
  async function tabs() {
    const name = `two-tabs-${++databases}`;
    const first = await openMarkerStore(name);
    await first.add(aMarker('a', { title: 'original' }));
    const bus = channelBus();
    const tabA = createMarkerClient(async () => first, bus());
    const tabB = createMarkerClient(() => openMarkerStore(name), bus());
    await Promise.all([tabA.load(), tabB.load()]);
    return { tabA, tabB };
  }
  const titles = (client: Client) => client.getState().markers.map((m) => m.title);

  test('a save in one tab shows in the other', async () => {
    const { tabA, tabB } = await tabs();
    const read = firstMarker(tabA.getState().markers);
    expect(await tabA.update({ ...read, title: 'saved in A' })).toEqual({ ok: true });
    await expect.poll(() => titles(tabB)).toEqual(['saved in A']);
    expect(await tabA.add(aMarker('b', { title: 'added in A', start: '2024-01-01' }))).toEqual({ ok: true });
    await expect.poll(() => titles(tabB)).toEqual(['saved in A', 'added in A']);
  });

  test('a save from a tab that missed a change is refused, with the saved marker shown', async () => {
    const { tabA, tabB } = await tabs();
    const readByB = firstMarker(tabB.getState().markers);
    const readByA = firstMarker(tabA.getState().markers);
    expect(await tabA.update({ ...readByA, title: 'saved in A' })).toEqual({ ok: true });
    // Tab B's form was opened on revision 1, before A's save.
    const result = await tabB.update({ ...readByB, title: 'typed in B' });
    expect(result).toMatchObject({ ok: false, current: { title: 'saved in A', revision: 2 } });
    expect(result.ok ? '' : result.message).toMatch(
      /^“saved in A” was changed in another tab or window since you opened it, so your changes were not saved\. The saved version is shown/,
    );
    expect(titles(tabB)).toEqual(['saved in A']);
    expect(tabB.getState().lastChange).toBeNull();
    // Made again on the saved version, the change is kept.
    const current = firstMarker(tabB.getState().markers);
    expect(await tabB.update({ ...current, title: 'typed in B' })).toEqual({ ok: true });
    await expect.poll(() => titles(tabA)).toEqual(['typed in B']);
  });

  // Issue #29: with the marker deleted there is no saved version to show.
  test('an edit of a marker another tab deleted says it is gone, not that a saved version is shown', async () => {
    const { tabA, tabB } = await tabs();
    const read = firstMarker(tabB.getState().markers);
    expect(await tabA.remove(firstMarker(tabA.getState().markers).id)).toEqual({ ok: true });
    const result = await tabB.update({ ...read, title: 'typed in B' });
    expect(result).toMatchObject({ ok: false, current: null });
    const message = result.ok ? '' : result.message;
    expect(message).toMatch(
      /^This marker was deleted in another tab or window, so your changes were not saved\./,
    );
    expect(message).toMatch(/It is no longer saved/);
    expect(message).not.toMatch(/saved version/);
    await expect.poll(() => titles(tabB)).toEqual([]);
  });

  test('undo in one tab is refused once the other tab changed the marker', async () => {
    const { tabA, tabB } = await tabs();
    const read = firstMarker(tabA.getState().markers);
    await tabA.update({ ...read, title: 'first edit in A' });
    await expect.poll(() => titles(tabB)).toEqual(['first edit in A']);
    const current = firstMarker(tabB.getState().markers);
    expect(await tabB.update({ ...current, title: 'edit in B' })).toEqual({ ok: true });
    const undo = await tabA.undo();
    expect(undo.ok).toBe(false);
    await expect.poll(() => titles(tabA)).toEqual(['edit in B']);
  });
});

type Client = ReturnType<typeof createMarkerClient>;
