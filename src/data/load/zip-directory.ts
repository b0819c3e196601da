/**
 * The entries of a zip, read from its central directory. fflate reads the zip64 size fields only when the zip ends
 * with a zip64 end record, so an entry written with zip64 sizes in a plain-ended zip was listed as 0xFFFFFFFF bytes
 * (4.3 GB); this reader takes each size from the entry's zip64 extra field whenever the header says to.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The unpacked size the zip states. */
  originalSize: number;
  localHeaderOffset: number;
}

/** The zip's own structure is broken; the advice is to download it again. */
export class DamagedZipError extends Error {
  override readonly name = 'DamagedZipError';
}

const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MASK = 0xffffffff;
const MAX_COMMENT = 0xffff;

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (at: number, length: number) => {
    if (at < 0 || at + length > bytes.length) throw new DamagedZipError('its directory points past its end');
  };
  return {
    u16: (at: number) => (need(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (need(at, 4), view.getUint32(at, true)),
    u64: (at: number) => (need(at, 8), Number(view.getBigUint64(at, true))),
  };
}

function findEnd(bytes: Uint8Array, u32: (at: number) => number): number {
  const last = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= last; at--) if (u32(at) === END) return at;
  throw new DamagedZipError('it has no zip directory (it may be cut short)');
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const { u16, u32, u64 } = reader(bytes);
  const end = findEnd(bytes, u32);
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === END64_LOCATOR) {
    const end64 = u64(end - 12);
    if (u32(end64) !== END64) throw new DamagedZipError('its zip64 directory record is missing');
    count = u64(end64 + 32);
    offset = u64(end64 + 48);
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(offset) !== CENTRAL) throw new DamagedZipError('its directory is damaged');
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    let originalSize = u32(offset + 24);
    let compressedSize = u32(offset + 20);
    let localHeaderOffset = u32(offset + 42);
    // The zip64 extra field holds, in this order, only the values the header marks as 0xFFFFFFFF.
    const extraEnd = offset + 46 + nameLength + extraLength;
    for (let at = offset + 46 + nameLength; at + 4 <= extraEnd; at += 4 + u16(at + 2)) {
      if (u16(at) !== ZIP64_EXTRA) continue;
      let field = at + 4;
      const next = () => ((field += 8), u64(field - 8));
      if (originalSize === MASK) originalSize = next();
      if (compressedSize === MASK) compressedSize = next();
      if (localHeaderOffset === MASK) localHeaderOffset = next();
    }
    entries.push({ name, method: u16(offset + 10), compressedSize, originalSize, localHeaderOffset });
    offset = extraEnd + u16(offset + 32);
  }
  return entries;
}

/** The entry's stored bytes (still compressed when its method is 8). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const { u16, u32 } = reader(bytes);
  const at = entry.localHeaderOffset;
  if (u32(at) !== LOCAL) throw new DamagedZipError(`the header of “${entry.name}” is missing`);
  const start = at + 30 + u16(at + 26) + u16(at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new DamagedZipError(`“${entry.name}” runs past the end of the zip (it may be cut short)`);
  return bytes.subarray(start, start + entry.compressedSize);
}
