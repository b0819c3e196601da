import { formatBytes } from '../format-bytes';
import { LoadError } from './load-error';

/** A CSV entry of a zip and the unpacked size its header declares. */
export interface ZipEntrySize {
  name: string;
  originalSize: number;
}

export interface TooBig {
  entries: readonly ZipEntrySize[];
  limit: number;
}

/** The entries when together they would unpack past the limit; null when unpacking them is safe. */
export function unpackedTooLarge(entries: readonly ZipEntrySize[], limit: number): TooBig | null {
  const total = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  return total > limit ? { entries, limit } : null;
}

/**
 * The zip bomb's message: the zip is not damaged (so "download it again" would not help); it names what is too big,
 * by how much, and the two ways forward.
 */
export function tooBigToUnzip(zipName: string, { entries, limit }: TooBig): LoadError {
  const largest = [...entries].sort((a, b) => b.originalSize - a.originalSize)[0];
  const total = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  const cap = formatBytes(limit);
  const what =
    largest === undefined
      ? `Its CSV files unpack to more than ${cap}`
      : entries.length === 1 || largest.originalSize > limit
        ? `“${largest.name}” inside it unpacks to ${formatBytes(largest.originalSize)}`
        : `Its ${entries.length} CSV files unpack to ${formatBytes(total)} together (the largest, “${largest.name}”, is ${formatBytes(largest.originalSize)})`;
  return new LoadError(
    zipName,
    `The zip is not damaged, but it is too big to unpack here: ${what}, and this page can unpack at most ${cap} from one zip.`,
    'Unzip it on your computer and add the CSV file you need, or filter the data on Explore Education Statistics first (fewer years, areas or indicators) and download the smaller file.',
  );
}
