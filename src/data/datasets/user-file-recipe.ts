import { parseMetaCsv } from '../ees/meta-csv';
import { loadDataset } from '../load/load-dataset';
import type { Recipe } from './engine-recovery';

/** What a user's file loads from: the file picked, or its copy kept in this browser. */
export interface UserFileSource {
  id: string;
  name: string;
  title: string;
  /** Its `.meta.csv`, when one was added with it. */
  metaText: string | null;
  data: File;
}

/** How to load a user's file, under its id and title, now and again on a new engine after a fault. */
export function userFileRecipe(file: UserFileSource): Recipe {
  const { id, title, metaText } = file;
  return {
    id,
    key: id,
    fileName: file.name,
    bytes: file.data.size,
    origin: 'user',
    run: (engine, signal, onProgress) =>
      loadDataset(engine, {
        id,
        fileName: file.name,
        data: file.data,
        origin: 'user',
        meta: metaText ? parseMetaCsv(metaText).columns : [],
        title,
        signal,
        onProgress,
      }),
  };
}
