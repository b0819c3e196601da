// Writes a small zip whose one CSV entry inflates past the app's unzip limit: the zip-bomb case of the bad corpus.
// Usage: npx tsx scripts/generate-zip-bomb.ts --out .tmp/zip-bomb.zip [--unpacked-mb 1100]
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export const ZIP_BOMB_ENTRY = 'data/huge_weekly_data.csv';

const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,attendance_perc\n';
const ROW = '202425,Week 37,National,E92000001,England,93.1\n';

export interface ZipBombOptions {
  out: string;
  /** What the entry inflates to; the zip itself stays about a thousandth of that. */
  unpackedBytes: number;
}

/**
 * Deflates one 1 MB chunk of rows once and repeats its compressed bytes: a full flush ends each copy on a byte
 * boundary with no reference back into the previous one, so the copies join into one valid deflate stream (RFC 1951
 * blocks). Generating 1 GB this way takes a second instead of a minute of compression.
 */
export async function generateZipBomb({ out, unpackedBytes }: ZipBombOptions): Promise<{ bytes: number }> {
  const encoder = new TextEncoder();
  const header = encoder.encode(HEADER);
  const chunk = encoder.encode(ROW.repeat(Math.floor((1024 * 1024) / ROW.length)));
  const flushed = (data: Uint8Array) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const repeats = Math.floor((unpackedBytes - header.length) / chunk.length);
  const tail = chunk.subarray(0, unpackedBytes - header.length - repeats * chunk.length);

  let crc = crc32(header);
  for (let i = 0; i < repeats; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);

  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const entry: ZipInputFile = {
    filename: ZIP_BOMB_ENTRY,
    size: unpackedBytes,
    crc,
    compression: 8,
    mtime: new Date('2025-01-01T00:00:00Z'),
  };
  zip.add(entry);
  const push = (data: Uint8Array<ArrayBuffer>, final = false) => entry.ondata?.(null, data, final);
  push(flushed(header));
  const repeated = flushed(chunk);
  for (let i = 0; i < repeats; i++) push(repeated);
  push(deflateRawSync(tail), true);
  zip.end();
  const bytes = Buffer.concat(parts);
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, bytes);
  return { bytes: bytes.length };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, 'unpacked-mb': { type: 'string', default: '1100' } },
  });
  if (!values.out) throw new Error('--out is required');
  const unpackedBytes = Number(values['unpacked-mb']) * 1024 * 1024;
  const { bytes } = await generateZipBomb({ out: values.out, unpackedBytes });
  console.log(`${values.out}: ${bytes} bytes, unpacks to ${unpackedBytes} bytes`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
