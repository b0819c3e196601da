/** One piece of a CSV file that ends at the end of a record, so DuckDB can read it on its own. */
export interface CsvChunk {
  bytes: Uint8Array;
  /** The file's line number of the chunk's first line (1 for the first chunk, which starts with the header). */
  firstLine: number;
  /** Bytes of the file read so far, this chunk included: the load's progress. */
  end: number;
  /** The file's line number where the chunk's first record longer than the limit starts; null when none is. */
  longRecordLine: number | null;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

function countByte(bytes: Uint8Array, byte: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) count++;
  return count;
}

/**
 * Where the last whole record of `bytes` (which start at a record's start) ends, just after its newline. A newline
 * ends a record only outside quotes; a doubled quote ("" inside a quoted value) toggles twice, so counting quotes is
 * enough. Returns 0 when no record ends in `bytes`.
 *
 * One pass, each byte looked at once by `indexOf`: counting the quotes before each newline with a fresh search ran
 * to the end of the piece whenever a file has no quotes, about 0.6 s per 16 MB piece (a quarter of a big file's load).
 */
export function lastRecordEnd(bytes: Uint8Array): number {
  let quoted = false;
  let end = 0;
  let quote = bytes.indexOf(QUOTE);
  for (let newline = bytes.indexOf(NEWLINE); newline !== -1; newline = bytes.indexOf(NEWLINE, newline + 1)) {
    while (quote !== -1 && quote < newline) {
      quoted = !quoted;
      quote = bytes.indexOf(QUOTE, quote + 1);
    }
    if (!quoted) end = newline + 1;
  }
  return end;
}

/**
 * How many lines into `bytes` (which start at a record's start) the first record longer than `maxBytes` starts, or
 * null. DuckDB is not left to find these: a record past its buffer at the end of the file was dropped without an
 * error, so a file loaded one row short.
 */
export function firstLongRecord(bytes: Uint8Array, maxBytes: number): number | null {
  let quoted = false;
  let start = 0;
  let lines = 0;
  let startLine = 0;
  let quote = bytes.indexOf(QUOTE);
  for (let newline = bytes.indexOf(NEWLINE); newline !== -1; newline = bytes.indexOf(NEWLINE, newline + 1)) {
    while (quote !== -1 && quote < newline) {
      quoted = !quoted;
      quote = bytes.indexOf(QUOTE, quote + 1);
    }
    lines++;
    if (quoted) continue;
    if (newline + 1 - start > maxBytes) return startLine;
    start = newline + 1;
    startLine = lines;
  }
  return bytes.length - start > maxBytes ? startLine : null;
}

/** A copy of the range: the engine takes over (transfers) the buffer it is given, which must not be the file's. */
async function readRange(data: File | Uint8Array, start: number, end: number): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data.slice(start, end);
  return new Uint8Array(await data.slice(start, end).arrayBuffer());
}

/**
 * Reads a CSV file in pieces of about `chunkBytes` that each end at a record's end. Loading piece by piece keeps
 * DuckDB-WASM's working memory to one piece (the whole file read at once held every row uncompressed until the end:
 * 700 MB of wasm heap for a 184 MB file), lets the load report the bytes read and stop between pieces.
 */
export async function* csvChunks(
  data: File | Uint8Array,
  chunkBytes: number,
  maxRecordBytes: number,
): AsyncGenerator<CsvChunk> {
  const size = data instanceof Uint8Array ? data.byteLength : data.size;
  let start = 0;
  let firstLine = 1;
  while (start < size) {
    let end = Math.min(size, start + chunkBytes);
    let bytes = await readRange(data, start, end);
    let cut = end === size ? bytes.length : lastRecordEnd(bytes);
    // A record longer than a piece (or a quote left open): read on until one ends, or to the end of the file.
    while (cut === 0 && end < size) {
      end = Math.min(size, end + chunkBytes);
      bytes = await readRange(data, start, end);
      cut = end === size ? bytes.length : lastRecordEnd(bytes);
    }
    // A file that gives fewer bytes than its size says (it changed on disk) ends here rather than looping.
    if (bytes.length === 0) break;
    const piece = cut === bytes.length ? bytes : bytes.slice(0, cut);
    // Counted before the piece is handed over: the engine may take its buffer away.
    const lines = countByte(piece, NEWLINE);
    const long = firstLongRecord(piece, maxRecordBytes);
    yield {
      bytes: piece,
      firstLine,
      end: start + cut,
      longRecordLine: long === null ? null : firstLine + long,
    };
    firstLine += lines;
    start += cut;
  }
}
