import type { Marker } from '../../timeline/event';
import { MarkerConflictError, openMarkerStore, type MarkerStore } from '../../timeline/marker-store';
import { broadcastChannel, type MarkerChannel } from './marker-broadcast';

/** A refused write says why; a conflict also carries what is stored now (null: deleted in another tab). */
export type WriteResult = { ok: true } | { ok: false; message: string; current?: Marker | null };

/** The last change, which Undo reverses: for `add` the marker added, otherwise the marker as it was before. */
export interface UndoStep {
  kind: 'add' | 'update' | 'remove';
  marker: Marker;
  label: string;
  /** The revision the change left stored (null after a delete): Undo is refused if another tab changed it since. */
  revision: number | null;
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

function withStored(markers: readonly Marker[], stored: readonly Marker[]): Marker[] {
  return sorted([...markers.filter((m) => !stored.some((n) => n.id === m.id)), ...stored]);
}

function sentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One marker store per page, shared by every view; writes run one at a time so Undo always follows its change. Each
 * write is announced to the other tabs, which read the list again; a save from a tab that missed a change is refused.
 */
export function createMarkerClient(
  open: () => Promise<MarkerStore>,
  channel: MarkerChannel = broadcastChannel(),
) {
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
  const refresh = () => {
    if (state.status !== 'ready') return Promise.resolve();
    const run = queue.then(async () => {
      try {
        set({ markers: sorted(await (await connect()).list()) });
      } catch (error) {
        set({ error: `Your saved markers could not be read again. ${sentence(error)}` });
      }
    });
    queue = run;
    return run;
  };
  channel.listen(() => void refresh());

  const write = <T>(work: (s: MarkerStore) => Promise<T>, apply: (result: T) => Partial<MarkerState>) => {
    const run = queue.then(async (): Promise<WriteResult> => {
      try {
        const result = await work(await connect());
        set({ ...apply(result), error: null });
        channel.announce();
        return { ok: true };
      } catch (error) {
        if (error instanceof MarkerConflictError) {
          // Show what is stored now, and stop offering an Undo that would overwrite the other tab's change.
          const { current } = error;
          const message = current
            ? `${sentence(error)}. The saved version is shown; make your change to it again if you still want it.`
            : `${sentence(error)}. It is no longer saved: add it again as a new marker if you still want it.`;
          set({
            markers: current ? withStored(state.markers, [current]) : state.markers,
            error: message,
            lastChange: null,
          });
          void refresh();
          return { ok: false, message, current };
        }
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
    /** Reads the stored list again (another tab changed it). */
    refresh,
    add: (marker: Marker) =>
      write(
        (s) => s.add(marker),
        (added) => ({
          markers: sorted([...state.markers, added]),
          lastChange: {
            kind: 'add',
            marker: added,
            label: `Added “${added.title}”.`,
            revision: added.revision ?? 1,
          },
        }),
      ),
    /** `marker.revision` must be the revision the edit started from. */
    update: (marker: Marker) =>
      write(
        (s) => s.update(marker),
        ({ previous, saved }) => ({
          markers: withStored(state.markers, [saved]),
          lastChange: {
            kind: 'update',
            marker: previous,
            label: `Saved changes to “${saved.title}”.`,
            revision: saved.revision ?? null,
          },
        }),
      ),
    remove: (id: string) =>
      write(
        (s) => s.remove(id, state.markers.find((m) => m.id === id)?.revision ?? 0),
        (previous) => ({
          markers: without(state.markers, id),
          lastChange: {
            kind: 'remove',
            marker: previous,
            label: `Deleted “${previous.title}”.`,
            revision: null,
          },
        }),
      ),
    undo() {
      const step = state.lastChange;
      if (!step) return Promise.resolve<WriteResult>({ ok: false, message: 'There is nothing to undo.' });
      const { kind, marker, revision } = step;
      return write(
        async (s) =>
          kind === 'add' ? (await s.remove(marker.id, revision ?? 0), null) : s.restore(marker, revision),
        (restored) => ({
          markers: restored ? withStored(state.markers, [restored]) : without(state.markers, marker.id),
          lastChange: null,
        }),
      );
    },
    /** Saves an import in one transaction: every marker, or (on any failure) none, with the reason. */
    importBatch: (batch: ImportBatch) =>
      write(
        async (s) => {
          try {
            return await s.importAll(batch.add, batch.replace);
          } catch (error) {
            const total = batch.add.length + batch.replace.length;
            throw new Error(`none of the ${total} markers were saved: ${sentence(error)}`, { cause: error });
          }
        },
        (saved) => ({ markers: withStored(state.markers, saved), lastChange: null }),
      ),
    clearError: () => set({ error: null }),
  };
}

export type MarkerClient = ReturnType<typeof createMarkerClient>;

export const markerClient: MarkerClient = createMarkerClient(() => openMarkerStore());
