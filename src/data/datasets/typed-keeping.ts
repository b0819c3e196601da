import type { Dataset, LoadedDataset } from '../catalogue';
import { dropDataset } from '../load/load-dataset';
import { cancelledLoad } from '../load/load-error';
import {
  canKeepTyped,
  restoreTypedForm,
  TypedFormMissing,
  TypedFormUnusable,
  writeTypedForm,
} from '../load/typed-form';
import { typedFormProblem, typedFormReRead } from '../persist/typed-form-problem';
import type { TypedForms } from '../persist/typed-forms';
import type { SqlEngine } from '../sql-engine';
import { isEngineFault } from './engine-fault';

interface TypedKeepingOptions {
  /** Where typed forms are kept; without it every kept file is read from its original bytes, as before. */
  forms: TypedForms | null;
  /** The empty DuckDB file a typed form is written into (`typed-template.duckdb`, from the app's own origin). */
  template: () => Promise<Uint8Array>;
  reportProblem: (fileName: string, message: string) => void;
}

export type TypedKeeping = ReturnType<typeof createTypedKeeping>;

/**
 * The typed form of each kept file, between the store and storage: a kept file is restored from it without parsing;
 * one whose form is missing, outdated or damaged is read again from its original, with a message; a file read from
 * its original has its form kept afterwards. A storage that is full or refuses costs only the quick restore: it is
 * said, and the original still serves.
 */
export function createTypedKeeping({ forms, template, reportProblem }: TypedKeepingOptions) {
  return {
    /**
     * The dataset from the kept typed form of `file`, or null when there is none to use (the caller then reads the
     * original); a form that cannot be used is said. A fault is thrown as it is.
     */
    async restore(
      engine: SqlEngine,
      file: { id: string; name: string; fingerprint: string; title: string },
      signal?: AbortSignal,
    ): Promise<LoadedDataset | null> {
      if (!forms || !canKeepTyped(engine)) return null;
      try {
        const restored = await restoreTypedForm(engine, forms, file);
        if (signal?.aborted) {
          // Cancelled while the engine attached it: nothing of the file stays, as when a read is cancelled.
          await dropDataset(engine, file.id);
          throw cancelledLoad(file.name);
        }
        return restored;
      } catch (error) {
        if (isEngineFault(error)) throw error;
        // The user's Cancel is not a damaged form: the file stays kept, to be restored from it next time.
        if (signal?.aborted) throw cancelledLoad(file.name);
        if (error instanceof TypedFormMissing) return null;
        if (error instanceof TypedFormUnusable && isEngineFault(error.cause)) throw error.cause;
        const reason =
          error instanceof TypedFormUnusable
            ? error.message
            : `its stored form could not be read from this browser's storage (${String(error)})`;
        reportProblem(file.name, typedFormReRead(file.name, reason));
        return null;
      }
    },

    /**
     * Keeps the typed form of a dataset the engine holds; a failure is said, the original still serves. Answers
     * the bytes the form takes in storage (0 when none is kept).
     */
    async keep(engine: SqlEngine, dataset: Dataset, fingerprint: string): Promise<number> {
      if (!forms || !canKeepTyped(engine)) return 0;
      // What the engine holds, as the load described it: the page's own bookkeeping is not stored.
      const loaded = Object.fromEntries(
        Object.entries(dataset).filter(([key]) => key !== 'revision' && key !== 'live'),
      ) as unknown as LoadedDataset;
      try {
        const started = performance.now();
        const form = await writeTypedForm(engine, loaded, fingerprint, await template());
        await forms.put(form);
        performance.measure('lens:typed-keep', { start: started, detail: { file: loaded.fileName } });
        return form.data.size;
      } catch (error) {
        if (isEngineFault(error)) throw error;
        // Nothing half-written is left to be taken for a whole form.
        await forms.remove(loaded.id).catch(() => undefined);
        reportProblem(loaded.fileName, typedFormProblem(loaded.fileName, error));
        return 0;
      }
    },

    /** Deletes a file's typed form (the user's Remove). */
    async forget(id: string, fileName: string): Promise<void> {
      await forms
        ?.remove(id)
        .catch((error: unknown) =>
          reportProblem(
            fileName,
            `The quick-open copy of ${fileName} could not be deleted from this browser (${String(error)}).`,
          ),
        );
    },
  };
}
