import { formatBytes } from '../format-bytes';
import { LoadError } from './load-error';

/**
 * The largest file a browser tab is asked to hold. DuckDB-WASM is a 32-bit program (at most 4 GB of memory, less
 * where the browser says so), and reading a file needs working memory beside what it keeps; past this size a load
 * could take the tab down, so the file is refused before anything is read.
 */
export const MAX_FILE_BYTES = 500 * 1000 * 1000;

/** A clear refusal for a file too big to load, or null when it may be loaded. */
export function checkFileSize(fileName: string, bytes: number): LoadError | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return new LoadError(
    fileName,
    `The file is ${formatBytes(bytes)}; this app loads files of up to ${formatBytes(MAX_FILE_BYTES)} in a browser tab.`,
    'Split it (for example by year or by geographic level) or filter it to the rows you need first (Explore Education Statistics can build a smaller table), then add the parts.',
  );
}
