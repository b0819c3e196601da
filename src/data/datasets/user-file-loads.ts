import type { Dataset } from '../catalogue';
import { TYPED_TEMPLATE_FILE } from '../load/typed-file';
import type { ListedFile, SavedFile, SavedFiles } from '../persist/saved-files';
import type { TypedForms } from '../persist/typed-forms';
import type { SqlEngine } from '../sql-engine';
import type { Recipe } from './engine-recovery';
import { createKeptFiles } from './kept-files';
import { notLoadedProblem, notLoadedReason, type LoadProblem, type NotLoaded } from './load-problems';
import { loadsAtStart, type NotLoadedReason, type StoredFile } from './stored-files';
import { createTypedKeeping } from './typed-keeping';
import { userFileRecipe } from './user-file-recipe';
import { createUserFiles } from './user-files';
import type { DataFile } from './pair-meta-files';
import { checkFileSize } from '../load/file-size-limit';

interface UserFileLoadsOptions {
  savedFiles: SavedFiles | null;
  typedForms: TypedForms | null;
  fetchFile: (file: string) => Promise<Uint8Array>;
  /** The page's list of kept files, and how to change it (the store's state). */
  readKept: () => readonly StoredFile[] | null;
  writeKept: (files: readonly StoredFile[] | null) => void;
  reportProblem: (fileName: string, message: string) => void;
  addProblem: (problem: LoadProblem) => void;
  /** Loads a recipe in the queue: the dataset, or how it ended when not loaded. */
  enqueue: (recipe: Recipe, onNotLoaded: (outcome: NotLoaded) => void) => Promise<Dataset | null>;
  /** Runs a task in the queue, on the engine in use then. */
  afterLoads: (task: (engine: SqlEngine) => Promise<void>) => Promise<void>;
  isLive: (dataset: Dataset) => boolean;
}

/**
 * A user's files, from the file picked to the copy kept in this browser and its typed form: each id claimed once
 * (when the file is prepared, or when its kept copy is listed), released when it is not loaded or removed.
 */
export function createUserFileLoads(options: UserFileLoadsOptions) {
  const { savedFiles, reportProblem } = options;
  // Typed forms are kept only beside kept originals.
  const typedForms = savedFiles && options.typedForms;
  const userFiles = createUserFiles(savedFiles);
  const kept = createKeptFiles({
    savedFiles,
    read: options.readKept,
    write: options.writeKept,
    reportProblem,
    typedSizes: typedForms ? () => typedForms.sizes() : undefined,
  });
  const typed = createTypedKeeping({
    forms: typedForms,
    template: () => options.fetchFile(TYPED_TEMPLATE_FILE),
    reportProblem,
  });

  /** The typed form of a file read from its original, kept after it (in the queue, so its tables stay put). */
  function keepTypedLater(dataset: Dataset, fingerprint: string): void {
    void options
      .afterLoads(async (engine) => {
        if (!options.isLive(dataset)) return;
        const bytes = await typed.keep(engine, dataset, fingerprint);
        if (options.readKept()?.some((f) => f.id === dataset.id))
          kept.change({ type: 'typed-kept', id: dataset.id, bytes });
      })
      .catch(() => undefined);
  }

  /**
   * Loads a user's file, from the file they picked (`added`) or from its kept copy (`kept`). An added file is kept
   * for the next visit once loaded; a kept file that does not load stays kept, listed with what happened.
   */
  async function load(
    file: Omit<SavedFile, 'savedAt' | 'data'> & { data: File },
    from: 'added' | 'kept',
  ): Promise<Dataset | null> {
    const recipe = userFileRecipe(file, from === 'kept' ? typed : null);
    const dataset = await options.enqueue(recipe, (outcome) => {
      userFiles.release(file.id);
      const problem = from === 'added' && notLoadedProblem(recipe, outcome);
      if (problem) options.addProblem(problem);
      if (from === 'kept')
        kept.change({ type: 'not-loaded', id: file.id, reason: notLoadedReason(recipe, outcome) });
    });
    if (!dataset) return null;
    if (from === 'kept') kept.change({ type: 'loaded', id: file.id });
    else if (!(await kept.keep(file))) return dataset;
    if (recipe.readOriginal()) keepTypedLater(dataset, file.fingerprint);
    return dataset;
  }

  function loadKept(file: ListedFile): Promise<Dataset | null> {
    userFiles.claim(file.id, file.fingerprint, file.title);
    return load({ ...file, data: new File([file.data], file.name) }, 'kept');
  }

  return {
    claimDefault: userFiles.claim,

    /**
     * Loads the data files a user added, each checked on its own: one too large, or whose content is already
     * loaded, is said and skipped; one whose name is already a title gets a title of its own.
     */
    async add(dataFiles: readonly DataFile[], titlesInUse: readonly string[]): Promise<(Dataset | null)[]> {
      const fitting = dataFiles.filter(({ file }) => {
        const tooBig = checkFileSize(file.name, file.size);
        if (tooBig) reportProblem(tooBig.fileName, tooBig.message);
        return !tooBig;
      });
      const { fresh, duplicates } = await userFiles.prepare(
        fitting.map((d) => d.file),
        titlesInUse,
      );
      duplicates.forEach((duplicate) => reportProblem(duplicate.fileName, duplicate.message));
      return Promise.all(
        dataFiles.map(async ({ file, meta }) => {
          const prepared = fresh.find((f) => f.file === file);
          if (!prepared) return null;
          const { id, title, fingerprint } = prepared;
          const metaText = meta ? await meta.text() : null;
          return load({ id, name: file.name, title, fingerprint, metaText, data: file }, 'added');
        }),
      );
    },

    /**
     * Files kept from earlier visits: listed at once (so a link to one waits for it rather than calling it
     * missing), and loaded after the first view's data, under their old ids and titles; but not one whose loads
     * broke the engine on the last tries, so that one file cannot keep the page from starting.
     */
    async restore(firstLoaded: Promise<unknown>): Promise<void> {
      const saved = await kept.list();
      await firstLoaded;
      await Promise.all(saved.filter(loadsAtStart).map(loadKept));
    },

    /** Loads a kept file not loaded this time, on the user's word. */
    async loadAgain(id: string): Promise<Dataset | null> {
      const file = await kept.forLoadAgain(id);
      return file && loadKept(file);
    },

    /**
     * Datasets the restarted engine was not given (`leftOut`) or whose load broke it too (`brokeAgain`): their
     * content is no longer loaded, and a kept file stays kept, listed as not loaded, with a fault counted where its
     * own load broke the new engine.
     */
    leftOut(leftOut: readonly Recipe[], brokeAgain: readonly Recipe[]): void {
      const again: NotLoadedReason = {
        kind: 'fault',
        detail: 'again, on the engine restarted after an earlier stop',
      };
      const reasons = [
        ...leftOut.map((r) => [r, { kind: 'left-out' }] as const),
        ...brokeAgain.map((r) => [r, again] as const),
      ];
      for (const [{ id, origin }, reason] of reasons) {
        userFiles.release(id);
        if (origin === 'user' && options.readKept()?.some((f) => f.id === id))
          kept.change({ type: 'not-loaded', id, reason });
      }
    },

    /** Deletes a file's kept copy and typed form (the user's Remove). */
    async forget(id: string, fileName: string): Promise<void> {
      userFiles.release(id);
      await kept.forget(id);
      await typed.forget(id, fileName);
    },
  };
}
