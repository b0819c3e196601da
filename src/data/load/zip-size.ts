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

/** Sizes as people read them: 1.2 GB, 640 MB, 12 KB (powers of 1024, as file managers show them). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} bytes`;
  const digits = value < 10 && !Number.isInteger(value) ? 1 : 0;
  return `${value.toFixed(digits)} ${units[unit]}`;
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
