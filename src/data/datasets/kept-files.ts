import type { ListedFile, SavedFile, SavedFiles } from '../persist/saved-files';
import { engineMessage } from '../query-error';
import { storedFilesReducer, type StoredFile, type StoredFileAction } from './stored-files';

interface KeptFilesOptions {
  /** Where files are kept; without it nothing is kept and the list stays empty. */
  savedFiles: SavedFiles | null;
  /** The page's list of kept files, and how to change it (the store's state). */
  read: () => readonly StoredFile[] | null;
  write: (files: readonly StoredFile[] | null) => void;
  reportProblem: (fileName: string, message: string) => void;
  /** Bytes each kept typed form takes, by file id (none where typed forms are not kept). */
  typedSizes?: () => Promise<ReadonlyMap<string, number>>;
}

/**
 * The files kept in this browser, between the store and storage: every change goes through
 * {@link storedFilesReducer}, and a change in a file's faults in a row is written to storage at once, so that it
 * holds even when the page goes away before the engine is restarted. Only `forget` (the user's Remove) deletes.
 */
export function createKeptFiles({ savedFiles, read, write, reportProblem, typedSizes }: KeptFilesOptions) {
  function change(action: StoredFileAction): void {
    const before = read();
    write(storedFilesReducer(before, action));
    if (!('id' in action) || !savedFiles) return;
    const was = before?.find((f) => f.id === action.id);
    const now = read()?.find((f) => f.id === action.id);
    if (!was || !now || was.loadFaults === now.loadFaults) return;
    savedFiles
      .setLoadFaults(now.id, now.loadFaults)
      .catch((error: unknown) =>
        reportProblem(
          now.fileName,
          `What happened while loading ${now.fileName} could not be recorded in this browser's storage (${engineMessage(error)}).`,
        ),
      );
  }

  return {
    change,

    /** Every kept file, listed at once; they load after the first view's data. */
    async list(): Promise<ListedFile[]> {
      if (!savedFiles) return [];
      let saved: ListedFile[] = [];
      try {
        saved = await savedFiles.list();
      } catch (error) {
        reportProblem(
          'saved files',
          `The files you added on earlier visits could not be read from this browser's storage (${engineMessage(error)}). Add them again to use them.`,
        );
      }
      change({
        type: 'listed',
        files: saved.map((file) => ({ ...file, bytes: file.data.size })),
      });
      // The typed forms' sizes only inform the storage shown, so the restore does not wait for them.
      void typedSizes?.()
        .then((sizes) => {
          for (const [id, bytes] of sizes)
            if (read()?.some((f) => f.id === id)) change({ type: 'typed-kept', id, bytes });
        })
        .catch(() => undefined);
      return saved;
    },

    /**
     * Keeps a file added on this visit once it has loaded; a failure to keep it is said, the file stays loaded.
     * Answers whether it is kept.
     */
    async keep(file: Omit<SavedFile, 'savedAt'>): Promise<boolean> {
      if (!savedFiles) return false;
      try {
        await savedFiles.save(file);
        change({ type: 'kept', id: file.id, title: file.title, fileName: file.name, bytes: file.data.size });
        return true;
      } catch (error) {
        reportProblem(file.name, engineMessage(error));
        return false;
      }
    },

    /** The kept copy of a file not loaded this time, for Load again: null when there is none to load. */
    async forLoadAgain(id: string): Promise<ListedFile | null> {
      const listed = read()?.find((f) => f.id === id);
      if (!savedFiles || listed?.status.kind !== 'not-loaded') return null;
      change({ type: 'coming', id });
      try {
        const file = await savedFiles.get(id);
        if (file) return file;
        // Removed meanwhile (in another tab): nothing is deleted here, the list only catches up.
        change({ type: 'removed', id });
        reportProblem(
          listed.fileName,
          `${listed.fileName} is no longer kept in this browser: add it again to load it.`,
        );
      } catch (error) {
        const detail = `${listed.fileName} could not be read from this browser's storage (${engineMessage(error)}).`;
        change({ type: 'not-loaded', id, reason: { kind: 'problem', detail } });
      }
      return null;
    },

    /** Deletes a kept file: only on the user's Remove. */
    async forget(id: string): Promise<void> {
      if (!savedFiles || !read()?.some((f) => f.id === id)) return;
      try {
        await savedFiles.remove(id);
        change({ type: 'removed', id });
      } catch (error) {
        reportProblem(
          id,
          `The saved copy of ${id} could not be deleted from this browser: ${engineMessage(error)}`,
        );
      }
    },
  };
}
