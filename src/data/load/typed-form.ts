import type { LoadedDataset } from '../catalogue';
import { describedDataset } from '../default-description';
import { FILE_FOLDER } from '../engine-lockdown';
import { TYPED_FORM_VERSION, type TypedForm, type TypedForms } from '../persist/typed-forms';
import type { SqlEngine } from '../sql-engine';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import { PERIODS_TABLE } from '../sql/tidy-view';
import { attachDefault } from './attach-default';
import { dropDataset } from './load-dataset';
import { TYPED_PERIODS, TYPED_ROWS } from './typed-file';

/** Why a kept typed form was not used: said to the user, and the file is read again from its original bytes. */
export class TypedFormUnusable extends Error {
  override readonly name: string = 'TypedFormUnusable';
}

/**
 * No typed form was kept for the file: the page closed before it was written after the first read, storage refused
 * it, or the file was kept before this version. Not a fault to report: the original is read, and the form kept then.
 */
export class TypedFormMissing extends TypedFormUnusable {
  override readonly name = 'TypedFormMissing';
}

/** Whether this engine can give back a file it wrote, which keeping a typed form needs. */
export const canKeepTyped = (engine: SqlEngine): boolean => !!engine.copyFile;

const workFile = (id: string) => `${FILE_FOLDER}${id}.keep.duckdb`;
const workDatabase = (id: string) => `keep$${id}`;

async function dropQuietly(engine: SqlEngine, name: string): Promise<void> {
  await engine.dropFile(name).catch(() => undefined);
}

/**
 * The typed form of a user's file the engine holds: its tidy table and periods written into a copy of the empty
 * `template` database, in the layout of a default's typed file, and given back as bytes. The copy is compressed as
 * DuckDB stores it on disk: the 184 MB test file's rows are about a fifth of its size.
 */
export async function writeTypedForm(
  engine: SqlEngine,
  loaded: LoadedDataset,
  fingerprint: string,
  template: Uint8Array,
): Promise<TypedForm> {
  const { copyFile } = engine;
  if (!copyFile) throw new Error('This engine cannot give back the files it writes.');
  const { id } = loaded;
  const file = workFile(id);
  const database = quoteIdent(workDatabase(id));
  await engine.query(`DETACH DATABASE IF EXISTS ${database}`);
  // A copy: the browser's engine takes the buffer it is given.
  await engine.registerFile(file, template.slice());
  try {
    // Its write-ahead log, empty, in memory too (the Node engine would otherwise look for it on disk).
    await engine.registerFile(`${file}.wal`, new Uint8Array(0));
    await engine.query(`ATTACH ${quoteLiteral(file)} AS ${database}`);
    try {
      // In the order the load stored the rows (the file's), as the defaults' typed files are.
      await engine.query(
        `CREATE TABLE ${database}.${TYPED_ROWS} AS SELECT * FROM ${quoteIdent(`tidy_${id}`)} ORDER BY rowid`,
      );
      await engine.query(
        `CREATE TABLE ${database}.${TYPED_PERIODS} AS SELECT * EXCLUDE (dataset) FROM ${PERIODS_TABLE}
         WHERE dataset = ${quoteLiteral(id)} ORDER BY ALL`,
      );
    } finally {
      await engine.query(`DETACH DATABASE IF EXISTS ${database}`);
    }
    const bytes = await copyFile(file);
    return {
      id,
      fingerprint,
      version: TYPED_FORM_VERSION,
      dataset: describedDataset(loaded),
      data: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    };
  } finally {
    await dropQuietly(engine, file);
    await dropQuietly(engine, `${file}.wal`);
  }
}

/**
 * Checks a kept typed form before anything of it reaches the engine: from this version of the app, of this very
 * file. Throws {@link TypedFormUnusable} saying which.
 */
function checkForm(form: TypedForm | null, id: string, fingerprint: string): TypedForm {
  if (!form) throw new TypedFormMissing('no typed form of it is kept in this browser');
  if (form.version !== TYPED_FORM_VERSION)
    throw new TypedFormUnusable(`its stored form was made by an older version of this app (${form.version})`);
  if (form.fingerprint !== fingerprint || form.dataset?.id !== id)
    throw new TypedFormUnusable('its stored form belongs to a different file');
  return form;
}

/**
 * Restores a user's file from its typed form without parsing it: the DuckDB file is attached read-only, as a
 * default's is, with the same views a load makes, described as the load described it. Throws
 * {@link TypedFormUnusable} (with nothing of the dataset left in the engine) when the form is missing, outdated or
 * damaged; the caller reads the original instead.
 */
export async function restoreTypedForm(
  engine: SqlEngine,
  forms: TypedForms,
  file: { id: string; fingerprint: string; title: string },
): Promise<LoadedDataset> {
  const form = checkForm(await forms.get(file.id), file.id, file.fingerprint);
  const typed = new Uint8Array(await form.data.arrayBuffer());
  try {
    const restored = await attachDefault(engine, { dataset: { ...form.dataset, title: file.title }, typed });
    const [{ n } = { n: -1 }] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(restored.view)}`,
    );
    if (n !== form.dataset.rows) {
      await dropDataset(engine, file.id);
      throw new TypedFormUnusable(
        `its stored form holds ${n} rows, not the ${form.dataset.rows} it was made with`,
      );
    }
    return restored;
  } catch (error) {
    if (error instanceof TypedFormUnusable) throw error;
    // The engine refused what was stored (bytes damaged on disk, tables of another shape).
    throw new TypedFormUnusable(
      `its stored form could not be read (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
}
