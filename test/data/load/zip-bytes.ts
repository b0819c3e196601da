import { deflateRawSync } from 'node:zlib';

export interface EntryOptions {
  /** The unpacked size the headers state; the real size when omitted. */
  statedSize?: number;
  /** Write the sizes and offset as 0xFFFFFFFF with the real values in a zip64 extra field. */
  zip64?: boolean;
  /**
   * With `zip64`, whether the offset too is given in the zip64 field (the default). Writers that mark only what
   * overflows give the sizes alone for an entry that starts below 4 GB, and the offset in its header.
   */
  zip64Offset?: boolean;
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
  const {
    statedSize,
    zip64 = false,
    zip64Offset = true,
    zip64End = false,
    method = 8,
    comment = '',
  } = options;
  const data = Buffer.from(text);
  const packed = method === 8 ? deflateRawSync(data) : data;
  const size = statedSize ?? data.length;
  const fileName = Buffer.from(name);
  const zip64Values = zip64 ? [size, packed.length, ...(zip64Offset ? [0] : [])] : [];
  const extra = Buffer.alloc(zip64 ? 4 + 8 * zip64Values.length : 0);
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * zip64Values.length, 2);
    zip64Values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  }
  const field = (value: number) => (zip64 ? 0xffffffff : value);
  // Version 4.5 is the first to know zip64; 2.0 the first to know deflate.
  const version = zip64 ? 45 : 20;
  /** The fields both headers hold, from "version needed" on: the central header has "version made by" before them. */
  const entryFields = (header: Buffer, at: number) => {
    header.writeUInt16LE(version, at);
    header.writeUInt16LE(method, at + 4);
    header.writeUInt32LE(field(packed.length), at + 14);
    header.writeUInt32LE(field(size), at + 18);
    header.writeUInt16LE(fileName.length, at + 22);
    header.writeUInt16LE(extra.length, at + 24);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  entryFields(local, 4);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(version, 4);
  entryFields(central, 6);
  central.writeUInt32LE(zip64 && zip64Offset ? 0xffffffff : 0, 42);
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
