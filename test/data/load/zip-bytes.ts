import { deflateRawSync } from 'node:zlib';

export interface EntryOptions {
  /** The unpacked size the headers state; the real size when omitted. */
  statedSize?: number;
  /** Write the sizes and offset as 0xFFFFFFFF with the real values in a zip64 extra field. */
  zip64?: boolean;
  /** End the zip with a zip64 end record and locator, as a zip of more than 65,535 entries must. */
  zip64End?: boolean;
  /** 0 stored, 8 deflated, or any other number a zip may name. */
  method?: number;
  /** Bytes of zip comment after the end record. */
  comment?: string;
}

/**
 * One entry in a zip built byte by byte, so each header field can state what a test needs (fflate's own writer
 * always states the truth and never writes zip64 fields). Layout: local header, name, extra, data, central header,
 * name, extra, [zip64 end record, zip64 locator], end record, comment.
 */
export function zipBytes(name: string, text: string, options: EntryOptions = {}): Uint8Array {
  const { statedSize, zip64 = false, zip64End = false, method = 8, comment = '' } = options;
  const data = Buffer.from(text);
  const packed = method === 8 ? deflateRawSync(data) : data;
  const size = statedSize ?? data.length;
  const fileName = Buffer.from(name);
  const extra = Buffer.alloc(zip64 ? 28 : 0);
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(size), 4);
    extra.writeBigUInt64LE(BigInt(packed.length), 12);
    extra.writeBigUInt64LE(0n, 20);
  }
  const field = (value: number) => (zip64 ? 0xffffffff : value);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(field(packed.length), 18);
  local.writeUInt32LE(field(size), 22);
  local.writeUInt16LE(fileName.length, 26);
  local.writeUInt16LE(extra.length, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(field(packed.length), 20);
  central.writeUInt32LE(field(size), 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(field(0), 42);
  const directoryAt = local.length + fileName.length + extra.length + packed.length;
  const directorySize = central.length + fileName.length + extra.length;
  const tail: Buffer[] = [];
  if (zip64End) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(1n, 24);
    record.writeBigUInt64LE(1n, 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryAt), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryAt + directorySize), 8);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  // With a zip64 end the plain record's fields say "see zip64".
  end.writeUInt16LE(zip64End ? 0xffff : 1, 8);
  end.writeUInt16LE(zip64End ? 0xffff : 1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(zip64End ? 0xffffffff : directoryAt, 16);
  end.writeUInt16LE(Buffer.from(comment).length, 20);
  const bytes = Buffer.concat([
    local,
    fileName,
    extra,
    packed,
    central,
    fileName,
    extra,
    ...tail,
    end,
    Buffer.from(comment),
  ]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
