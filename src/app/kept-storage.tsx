import { formatBytes } from '../data/format-bytes';
import { storedBytes, totalStoredBytes, type StoredFile } from '../data/datasets/stored-files';

/** What one kept file takes in this browser's storage: its original, and its quick-open copy once one is kept. */
export function KeptFileSize({ file }: { file: StoredFile }) {
  return (
    <p className="kept-size" data-kept-bytes={storedBytes(file)}>
      Kept in this browser: {formatBytes(storedBytes(file))}
      {file.typedBytes > 0 &&
        ` (the file ${formatBytes(file.bytes)}, its quick-open copy ${formatBytes(file.typedBytes)})`}
    </p>
  );
}

/** What every kept file takes together; Remove on a file frees its share. */
export function KeptStorageTotal({ files }: { files: readonly StoredFile[] | null }) {
  if (!files?.length) return null;
  const count = files.length;
  return (
    <p className="hint kept-total" data-kept-total={totalStoredBytes(files)}>
      {count === 1 ? 'The file you added takes' : `The ${count} files you added take`}{' '}
      {formatBytes(totalStoredBytes(files))} of this browser’s storage. Remove a file to free its space.
    </p>
  );
}
