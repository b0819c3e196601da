/** A data file a user added, with the `.meta.csv` added beside it, if any. */
export interface DataFile {
  file: File;
  meta: File | null;
}

const isMeta = (file: File) => /\.meta\.csv$/i.test(file.name);
const dataNameOf = (metaName: string) => metaName.replace(/\.meta\.csv$/i, '.csv').toLowerCase();

/**
 * Pairs each `.meta.csv` with the data file of the same name (any case); a `.meta.csv` added without its data file
 * is taken as data, so that it is checked and its problem said rather than dropped silently.
 */
export function pairMetaFiles(files: readonly File[]): DataFile[] {
  const metas = new Map(files.filter(isMeta).map((file) => [dataNameOf(file.name), file]));
  return files
    .filter(
      (file) =>
        !isMeta(file) ||
        !files.some((other) => other !== file && other.name.toLowerCase() === dataNameOf(file.name)),
    )
    .map((file) => ({ file, meta: metas.get(file.name.toLowerCase()) ?? null }));
}
