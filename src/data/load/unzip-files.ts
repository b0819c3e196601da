import { unzip } from 'fflate';
import { LoadError } from './load-error';
import { tooBigToUnzip, unpackedTooLarge, type ZipEntrySize } from './zip-size';

/** DfE's "download all data" gives a zip; its CSV files (and their .meta.csv) are what we load. */
export const MAX_ZIP_BYTES = 1024 * 1024 * 1024;
/**
 * What the CSV files inside may add up to once unpacked: a guard against a zip bomb, and about what one tab can hold
 * in memory beside the engine (past it the browser fails to allocate the unpacked bytes).
 */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const isZip = async (file: File): Promise<boolean> => {
  if (/\.zip$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
};

// Only CSV entries are inflated: a zip may also hold PDFs and guidance we do not need.
const wanted = (name: string) => /\.csv$/i.test(name) && !name.startsWith('__MACOSX/');

function unzipWanted(
  bytes: Uint8Array,
  keep: (entry: ZipEntrySize) => boolean,
): Promise<Record<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    unzip(bytes, { filter: (entry) => wanted(entry.name) && keep(entry) }, (error, files) =>
      error ? reject(error) : resolve(files),
    );
  });
}

/** The CSV entries and the sizes their headers declare, read from the zip's directory without inflating anything. */
async function listEntries(bytes: Uint8Array): Promise<ZipEntrySize[]> {
  const entries: ZipEntrySize[] = [];
  await unzipWanted(bytes, (entry) => {
    entries.push({ name: entry.name, originalSize: entry.originalSize });
    return false;
  });
  return entries;
}

/**
 * Replaces each zip among the files with the CSV files inside it; other files pass through unchanged. An entry keeps
 * its path in the zip (`download.zip/data/x.csv`), so two entries of the same name in different folders stay apart.
 */
export async function expandZips(
  files: readonly File[],
  maxUnzippedBytes: number = MAX_UNZIPPED_BYTES,
): Promise<{ files: File[]; problems: LoadError[] }> {
  const result: File[] = [];
  const problems: LoadError[] = [];
  for (const file of files) {
    if (!(await isZip(file))) {
      result.push(file);
      continue;
    }
    if (file.size > MAX_ZIP_BYTES) {
      problems.push(
        new LoadError(file.name, 'The zip is larger than 1 GB.', 'Unzip it and add the CSV files you need.'),
      );
      continue;
    }
    let entries: ZipEntrySize[] = [];
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      entries = await listEntries(bytes);
      const tooBig = unpackedTooLarge(entries, maxUnzippedBytes);
      if (tooBig) {
        problems.push(tooBigToUnzip(file.name, tooBig));
        continue;
      }
      const unpacked = await unzipWanted(bytes, () => true);
      const names = Object.keys(unpacked);
      if (names.length === 0) {
        problems.push(
          new LoadError(
            file.name,
            'The zip holds no CSV file.',
            'Check that this is the data download (it holds a data folder with CSV files).',
          ),
        );
        continue;
      }
      for (const name of names) {
        const data = unpacked[name];
        if (data)
          result.push(
            new File([data as Uint8Array<ArrayBuffer>], `${file.name}/${name}`, { type: 'text/csv' }),
          );
      }
    } catch (error) {
      // The browser could not find memory for the unpacked files: the zip is fine, only too big for this page.
      if (error instanceof RangeError && entries.length > 0) {
        problems.push(tooBigToUnzip(file.name, { entries, limit: maxUnzippedBytes }));
        continue;
      }
      problems.push(
        new LoadError(
          file.name,
          `The zip could not be opened (${error instanceof Error ? error.message : String(error)}).`,
          'Download it again, or unzip it and add the CSV files.',
        ),
      );
    }
  }
  return { files: result, problems };
}
