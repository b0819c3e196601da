import { formatBytes } from '../format-bytes';
import { inflateEntry } from './inflate-entry';
import { LoadError } from './load-error';
import { DamagedZipError, readZipDirectory, type ZipEntry } from './zip-directory';
import { tooBigToUnzip, unpackedTooLarge } from './zip-size';

/** DfE's "download all data" gives a zip; its CSV files (and their .meta.csv) are what we load. */
export const MAX_ZIP_BYTES = 1000 * 1000 * 1000;
/**
 * What the CSV files inside may add up to once unpacked: a guard against a zip bomb, and about what one tab can hold
 * in memory beside the engine (past it the browser fails to allocate the unpacked bytes).
 */
export const MAX_UNZIPPED_BYTES = 1000 * 1000 * 1000;

const isZip = async (file: File): Promise<boolean> => {
  if (/\.zip$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
};

// Only CSV entries are inflated: a zip may also hold PDFs and guidance we do not need.
const wanted = (entry: ZipEntry) => /\.csv$/i.test(entry.name) && !entry.name.startsWith('__MACOSX/');

const damaged = (zipName: string, reason: string) =>
  new LoadError(
    zipName,
    `The zip is damaged: ${reason}.`,
    'Download it again, or unzip it on your computer and add the CSV files.',
  );

/**
 * Replaces each zip among the files with the CSV files inside it; other files pass through unchanged. An entry keeps
 * its path in the zip (`download.zip/data/x.csv`), so two entries of the same name in different folders stay apart.
 * The sizes the zip's directory states are checked against the limit before anything is unpacked.
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
        new LoadError(
          file.name,
          `The zip is ${formatBytes(file.size)}; this page opens zips of up to ${formatBytes(MAX_ZIP_BYTES)}.`,
          'Unzip it and add the CSV files you need.',
        ),
      );
      continue;
    }
    let entries: ZipEntry[] = [];
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      entries = readZipDirectory(bytes).filter(wanted);
      const tooBig = unpackedTooLarge(entries, maxUnzippedBytes);
      if (tooBig) {
        problems.push(tooBigToUnzip(file.name, tooBig));
        continue;
      }
      if (entries.length === 0) {
        problems.push(
          new LoadError(
            file.name,
            'The zip holds no CSV file.',
            'Check that this is the data download (it holds a data folder with CSV files).',
          ),
        );
        continue;
      }
      const unpacked: File[] = [];
      for (const entry of entries) {
        const data = await inflateEntry(bytes, entry);
        unpacked.push(
          new File([data as Uint8Array<ArrayBuffer>], `${file.name}/${entry.name}`, { type: 'text/csv' }),
        );
      }
      result.push(...unpacked);
    } catch (error) {
      // The browser could not find memory for the unpacked files: the zip is fine, only too big for this page.
      if (error instanceof RangeError && entries.length > 0) {
        problems.push(tooBigToUnzip(file.name, { entries, limit: maxUnzippedBytes }));
        continue;
      }
      problems.push(
        error instanceof DamagedZipError
          ? damaged(file.name, error.message)
          : damaged(
              file.name,
              `it could not be opened (${error instanceof Error ? error.message : String(error)})`,
            ),
      );
    }
  }
  return { files: result, problems };
}
