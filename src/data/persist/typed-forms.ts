import type { DBSchema } from 'idb';
import type { DescribedDataset } from '../default-description';
import { databaseOpener } from './database-opener';

/**
 * The typed form of each added file (a DuckDB database file of the rows and periods its load made, and what the
 * load found out about it), kept beside its original bytes so a reload restores it without parsing. A database of
 * its own, so the kept originals' database keeps its shape.
 */
export const TYPED_FORMS_DATABASE = 'attendance-lens-typed';

/**
 * The shape of what is stored. Raised whenever the tidy table, its periods or the description change shape, so a
 * typed form written by an older app is recognised and the file read again from its original bytes.
 */
export const TYPED_FORM_VERSION = 1;

export interface TypedForm {
  id: string;
  /** The original's fingerprint: a typed form restores only the file it was made from. */
  fingerprint: string;
  version: number;
  /** What the load found out (periods, areas, filters, indicators), as a default file's description holds. */
  dataset: DescribedDataset;
  /** The DuckDB file: the tidy table (`tidy`) and the dataset's periods (`periods`), as a default's typed file. */
  data: Blob;
}

export interface TypedForms {
  put(form: TypedForm): Promise<void>;
  get(id: string): Promise<TypedForm | null>;
  remove(id: string): Promise<void>;
  /** Bytes each typed form takes, by file id. */
  sizes(): Promise<Map<string, number>>;
}

/** The database's own version (not {@link TYPED_FORM_VERSION}): raised to 2 so one made empty at 1 gets its store. */
const DATABASE_VERSION = 2;

interface TypedDb extends DBSchema {
  forms: { key: string; value: TypedForm };
}

export function indexedDbTypedForms(databaseName = TYPED_FORMS_DATABASE): TypedForms {
  const open = databaseOpener<TypedDb>(databaseName, DATABASE_VERSION, (db) => {
    // Made whenever it is missing: a database opened without a version (by another page of this origin, or a
    // tool) is created at version 1 with no stores, and at version 1 the app would never make its own.
    if (!db.objectStoreNames.contains('forms')) db.createObjectStore('forms', { keyPath: 'id' });
  });

  return {
    async put(form) {
      await (await open()).put('forms', form);
    },
    async get(id) {
      return (await (await open()).get('forms', id)) ?? null;
    },
    async remove(id) {
      await (await open()).delete('forms', id);
    },
    async sizes() {
      const forms = await (await open()).getAll('forms');
      return new Map(forms.map((form) => [form.id, form.data.size]));
    },
  };
}
