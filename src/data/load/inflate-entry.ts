import { Inflate } from 'fflate';
import { formatBytes } from '../format-bytes';
import { DamagedZipError, entryData, type ZipEntry } from './zip-directory';

/**
 * Compressed bytes inflated between pauses, so the page keeps answering while a large entry unpacks: a CSV inflates
 * about tenfold, so a slice is a few megabytes of output, tens of milliseconds of main-thread work.
 */
const SLICE = 256 * 1000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Unpacks one entry into exactly the size the zip states. An entry that inflates past that size (or stops short of
 * it) is damaged: it is refused rather than cut at the stated size, which would make a CSV line look broken.
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const data = entryData(bytes, entry);
  const mismatch = (actual: string) =>
    new DamagedZipError(
      `“${entry.name}” inside it unpacks to ${actual} the ${formatBytes(entry.originalSize)} its header states`,
    );
  if (entry.method === 0) {
    if (data.length !== entry.originalSize)
      throw mismatch(data.length > entry.originalSize ? 'more than' : 'less than');
    return data.slice();
  }
  if (entry.method !== 8)
    throw new DamagedZipError(
      `“${entry.name}” uses a compression method this page cannot read (${entry.method})`,
    );
  const out = new Uint8Array(entry.originalSize);
  let filled = 0;
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > out.length) throw mismatch('more than');
    out.set(chunk, filled);
    filled += chunk.length;
  });
  for (let at = 0; at < data.length || at === 0; at += SLICE) {
    inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (at + SLICE < data.length) await pause();
  }
  if (filled !== out.length) throw mismatch('less than');
  return out;
}
