import { parseMetaCsv } from '../ees/meta-csv';
import { loadDataset } from '../load/load-dataset';
import type { Recipe } from './engine-recovery';
import type { TypedKeeping } from './typed-keeping';

/** What a user's file loads from: the file picked, or its copy kept in this browser. */
export interface UserFileSource {
  id: string;
  name: string;
  title: string;
  fingerprint: string;
  /** Its `.meta.csv`, when one was added with it. */
  metaText: string | null;
  data: File;
}

/** A user's file's recipe, which says whether its last run read the original bytes (rather than restoring). */
export type UserFileRecipe = Recipe & { readOriginal: () => boolean };

/**
 * How to load a user's file, under its id and title, now and again on a new engine after a fault. Given `typed`
 * (a kept file), it is restored from its kept typed form first, and read from its original only where that form
 * cannot be used.
 */
export function userFileRecipe(file: UserFileSource, typed: TypedKeeping | null = null): UserFileRecipe {
  const { id, title, metaText } = file;
  let readOriginal = false;
  return {
    id,
    key: id,
    fileName: file.name,
    bytes: file.data.size,
    origin: 'user',
    readOriginal: () => readOriginal,
    run: async (engine, signal, onProgress) => {
      const restored = typed && (await typed.restore(engine, file, signal));
      readOriginal = !restored;
      return (
        restored ??
        loadDataset(engine, {
          id,
          fileName: file.name,
          data: file.data,
          origin: 'user',
          meta: metaText ? parseMetaCsv(metaText).columns : [],
          title,
          signal,
          onProgress,
        })
      );
    },
  };
}
