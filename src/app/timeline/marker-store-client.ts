import type { Marker } from '../../timeline/event';
import { openMarkerStore, type MarkerStore } from '../../timeline/marker-store';

export type WriteResult = { ok: true } | { ok: false; message: string };

/** The last change, which Undo reverses: for `add` the marker added, otherwise the marker as it was before. */
export interface UndoStep {
  kind: 'add' | 'update' | 'remove';
  marker: Marker;
  label: string;
}

export interface MarkerState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Sorted by date then title; only ever what the store has confirmed. */
  markers: Marker[];
  /** The last failure, in words for people; the list above is still what was saved before it. */
  error: string | null;
  lastChange: UndoStep | null;
}

export interface ImportBatch {
  add: Marker[];
  replace: Marker[];
}

function sorted(markers: Marker[]): Marker[] {
  return markers.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

function without(markers: readonly Marker[], id: string): Marker[] {
  return markers.filter((marker) => marker.id !== id);
}

function sentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One marker store per page, shared by every view; writes run one at a time so Undo always follows its change. */
export function createMarkerClient(open: () => Promise<MarkerStore>) {
  let state: MarkerState = { status: 'idle', markers: [], error: null, lastChange: null };
  const listeners = new Set<() => void>();
  let store: Promise<MarkerStore> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const set = (change: Partial<MarkerState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const connect = () => {
    // A failed open is forgotten, so the next action tries again instead of failing for the page's lifetime.
    store ??= open().catch((error: unknown) => {
      store = null;
      throw error;
    });
    return store;
  };
  const write = <T>(work: (s: MarkerStore) => Promise<T>, apply: (result: T) => Partial<MarkerState>) => {
    const run = queue.then(async (): Promise<WriteResult> => {
      try {
        const result = await work(await connect());
        set({ ...apply(result), error: null });
        return { ok: true };
      } catch (error) {
        const message = sentence(error);
        set({ error: message });
        return { ok: false, message };
      }
    });
    queue = run;
    return run;
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: (): MarkerState => state,
    async load(): Promise<void> {
      if (state.status === 'loading' || state.status === 'ready') return;
      set({ status: 'loading' });
      try {
        const markers = await (await connect()).list();
        set({ status: 'ready', markers: sorted(markers), error: null });
      } catch (error) {
        set({ status: 'failed', error: `Your saved markers could not be read. ${sentence(error)}` });
      }
    },
    add: (marker: Marker) =>
      write(
        (s) => s.add(marker),
        (added) => ({
          markers: sorted([...state.markers, added]),
          lastChange: { kind: 'add', marker: added, label: `Added “${added.title}”.` },
        }),
      ),
    update: (marker: Marker) =>
      write(
        async (s) => ({ previous: await s.update(marker) }),
        ({ previous }) => ({
          markers: sorted([...without(state.markers, marker.id), marker]),
          lastChange: { kind: 'update', marker: previous, label: `Saved changes to “${marker.title}”.` },
        }),
      ),
    remove: (id: string) =>
      write(
        async (s) => ({ previous: await s.remove(id) }),
        ({ previous }) => ({
          markers: without(state.markers, id),
          lastChange: { kind: 'remove', marker: previous, label: `Deleted “${previous.title}”.` },
        }),
      ),
    undo() {
      const step = state.lastChange;
      if (!step) return Promise.resolve<WriteResult>({ ok: false, message: 'There is nothing to undo.' });
      const { kind, marker } = step;
      return write(
        async (s) => {
          if (kind === 'add') await s.remove(marker.id);
          else await s.restore(marker);
        },
        () => ({
          markers:
            kind === 'add'
              ? without(state.markers, marker.id)
              : sorted([...without(state.markers, marker.id), marker]),
          lastChange: null,
        }),
      );
    },
    /** Saves an import one marker at a time; stops at the first failure and says how far it got. */
    importBatch: (batch: ImportBatch) =>
      write(
        async (s) => {
          const saved: Marker[] = [];
          try {
            for (const marker of batch.add) saved.push(await s.add(marker));
            for (const marker of batch.replace) {
              await s.update(marker);
              saved.push(marker);
            }
          } catch (error) {
            const total = batch.add.length + batch.replace.length;
            set({
              markers: sorted([...state.markers.filter((m) => !saved.some((n) => n.id === m.id)), ...saved]),
            });
            throw new Error(`saved ${saved.length} of ${total} markers, then stopped: ${sentence(error)}`, {
              cause: error,
            });
          }
          return { saved };
        },
        ({ saved }) => ({
          markers: sorted([...state.markers.filter((m) => !saved.some((n) => n.id === m.id)), ...saved]),
          lastChange: null,
        }),
      ),
    clearError: () => set({ error: null }),
  };
}

export type MarkerClient = ReturnType<typeof createMarkerClient>;

export const markerClient: MarkerClient = createMarkerClient(() => openMarkerStore());
