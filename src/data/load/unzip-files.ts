import { unzip } from 'fflate';
import { LoadError } from './load-error';

/** DfE's "download all data" gives a zip; its CSV files (and their .meta.csv) are what we load. */
export const MAX_ZIP_BYTES = 1024 * 1024 * 1024;
/** What the CSV files inside may add up to once unpacked: a guard against a zip bomb. */
export const MAX_UNZIPPED_BYTES = 4 * 1024 * 1024 * 1024;

const isZip = async (file: File): Promise<boolean> => {
  if (/\.zip$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
};

function unzipAll(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  let unpacked = 0;
  return new Promise((resolve, reject) => {
    // Only CSV entries are inflated: a zip may also hold PDFs and guidance we do not need.
    unzip(
      bytes,
      {
        filter: (entry) => {
          if (!/\.csv$/i.test(entry.name) || entry.name.startsWith('__MACOSX/')) return false;
          unpacked += entry.originalSize;
          if (unpacked > MAX_UNZIPPED_BYTES) throw new Error('its CSV files would unpack to more than 4 GB');
          return true;
        },
      },
      (error, files) => (error ? reject(error) : resolve(files)),
    );
  });
}

/** Replaces each zip among the files with the CSV files inside it; other files pass through unchanged. */
export async function expandZips(files: readonly File[]): Promise<{ files: File[]; problems: LoadError[] }> {
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
    try {
      const entries = await unzipAll(new Uint8Array(await file.arrayBuffer()));
      const names = Object.keys(entries);
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
        const bytes = entries[name];
        if (bytes)
          result.push(
            new File([bytes as Uint8Array<ArrayBuffer>], `${file.name}/${name.split('/').at(-1) ?? name}`, {
              type: 'text/csv',
            }),
          );
      }
    } catch (error) {
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
