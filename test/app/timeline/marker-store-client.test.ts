import { describe, expect, test } from 'vitest';
import { createMarkerClient } from '../../../src/app/timeline/marker-store-client';
import type { Marker } from '../../../src/timeline/event';
import { MarkerStoreError, type MarkerOperation, type MarkerStore } from '../../../src/timeline/marker-store';

function marker(id: string, title = id, start = '2023-10-01'): Marker {
  return {
    id,
    start,
    end: null,
    precision: 'day',
    type: 'campaign',
    title,
    organisation: '',
    scope: ['England'],
    areaCodes: ['E92000001'],
    tags: [],
    description: '',
    source: '',
    confidence: 'likely',
    status: 'happened',
    origin: 'marker',
    link: null,
  };
}

const QUOTA =
  "could not add marker: the browser's storage for this site is full; export and delete old markers or free disk space, then try again. Stored markers are unchanged.";

/** An in-memory MarkerStore that behaves like the IndexedDB one and can be made to fail one operation. */
function fakeStore(initial: Marker[]) {
  const saved = new Map(initial.map((m) => [m.id, m]));
  const failing = new Set<MarkerOperation>();
  const guard = (operation: MarkerOperation, message: string) => {
    if (failing.has(operation))
      throw new MarkerStoreError(message, operation, new DOMException('', 'QuotaExceededError'));
  };
  const store: MarkerStore = {
    list: async () => [...saved.values()],
    add: async (m) => {
      guard('add', QUOTA);
      saved.set(m.id, m);
      return m;
    },
    update: async (m) => {
      guard('update', 'could not update marker: full');
      const previous = saved.get(m.id);
      if (!previous) throw new MarkerStoreError(`no marker has id ${m.id}`, 'update', null);
      saved.set(m.id, m);
      return previous;
    },
    remove: async (id) => {
      const previous = saved.get(id);
      if (!previous) throw new MarkerStoreError(`no marker has id ${id}`, 'delete', null);
      saved.delete(id);
      return previous;
    },
    restore: async (m) => {
      saved.set(m.id, m);
    },
    close: () => undefined,
  };
  return { store, saved, failing };
}

async function loaded(initial: Marker[]) {
  const fake = fakeStore(initial);
  const client = createMarkerClient(async () => fake.store);
  await client.load();
  return { ...fake, client };
}

describe('the shared marker client', () => {
  test('a failed save keeps the list and says why', async () => {
    const { client, failing, saved } = await loaded([marker('a')]);
    failing.add('add');
    const result = await client.add(marker('b'));
    expect(result).toEqual({ ok: false, message: QUOTA.charAt(0).toUpperCase() + QUOTA.slice(1) });
    expect(client.getState().markers.map((m) => m.id)).toEqual(['a']);
    expect(client.getState().error).toMatch(/storage for this site is full.*Stored markers are unchanged/);
    expect([...saved.keys()]).toEqual(['a']);
  });

  test.each([
    // action, markers after it, markers after undo
    ['remove', (c: Client) => c.remove('a'), ['b'], ['a', 'b']],
    ['update', (c: Client) => c.update(marker('a', 'renamed')), ['renamed', 'b'], ['a', 'b']],
    ['add', (c: Client) => c.add(marker('c', 'c', '2024-01-01')), ['a', 'b', 'c'], ['a', 'b']],
  ])('undo reverses %s', async (_name, act, after, undone) => {
    const { client, saved } = await loaded([marker('a'), marker('b', 'b', '2023-11-01')]);
    expect(await act(client)).toEqual({ ok: true });
    expect(client.getState().markers.map((m) => m.title)).toEqual(after);
    expect(await client.undo()).toEqual({ ok: true });
    expect(client.getState().markers.map((m) => m.title)).toEqual(undone);
    expect([...saved.values()].map((m) => m.title).sort()).toEqual(undone);
    expect(client.getState().lastChange).toBeNull();
  });

  test('an import that fails part way keeps what was saved and reports how far it got', async () => {
    const { client, failing } = await loaded([marker('a')]);
    failing.add('update');
    const result = await client.importBatch({ add: [marker('b')], replace: [marker('a', 'replaced')] });
    expect(result.ok).toBe(false);
    expect(client.getState().error).toMatch(/^Saved 1 of 2 markers, then stopped/);
    expect(client.getState().markers.map((m) => m.title)).toEqual(['a', 'b']);
  });

  test('a store that cannot open is reported and tried again next time', async () => {
    let attempts = 0;
    const fake = fakeStore([marker('a')]);
    const client = createMarkerClient(async () => {
      attempts++;
      if (attempts === 1) throw new MarkerStoreError('could not open marker storage: blocked', 'open', null);
      return fake.store;
    });
    await client.load();
    expect(client.getState()).toMatchObject({ status: 'failed', markers: [] });
    expect(client.getState().error).toMatch(/could not be read\. Could not open marker storage: blocked/);
    await client.load();
    expect(client.getState()).toMatchObject({ status: 'ready', error: null });
    expect(client.getState().markers.map((m) => m.id)).toEqual(['a']);
  });
});

type Client = ReturnType<typeof createMarkerClient>;
