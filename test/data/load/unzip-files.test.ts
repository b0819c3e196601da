import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { expandZips } from '../../../src/data/load/unzip-files';

const CSV = 'time_period,time_identifier,geographic_level,country_code,country_name,attendance_perc\n'.concat(
  '202425,Week 37,National,E92000001,England,93.1\n'.repeat(2000),
);

interface EntryOptions {
  /** The unpacked size the headers state; the real size when omitted. */
  statedSize?: number;
  /** Write both sizes as 0xFFFFFFFF with the real values in a zip64 extra field, as zip64 writers do. */
  zip64?: boolean;
}

/** One deflated entry in a zip built byte by byte, so each header field can state what the test needs. */
function zipOf(name: string, text: string, { statedSize, zip64 = false }: EntryOptions = {}): File {
  const data = Buffer.from(text);
  const packed = deflateRawSync(data);
  const size = statedSize ?? data.length;
  const fileName = Buffer.from(name);
  const extra = Buffer.alloc(zip64 ? 20 : 0);
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(size), 4);
    extra.writeBigUInt64LE(BigInt(packed.length), 12);
  }
  const sizeField = (value: number) => (zip64 ? 0xffffffff : value);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(zip64 ? 45 : 20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(sizeField(packed.length), 18);
  local.writeUInt32LE(sizeField(size), 22);
  local.writeUInt16LE(fileName.length, 26);
  local.writeUInt16LE(extra.length, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(zip64 ? 45 : 20, 4);
  central.writeUInt16LE(zip64 ? 45 : 20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(sizeField(packed.length), 20);
  central.writeUInt32LE(sizeField(size), 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + fileName.length + extra.length + packed.length;
  const directorySize = central.length + fileName.length + extra.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryAt, 16);
  const bytes = Buffer.concat([local, fileName, extra, packed, central, fileName, extra, end]);
  return new File([bytes], 'download.zip');
}

// Issue #29: zip64 sizes were read as 0xFFFFFFFF, and an entry larger than its header said was cut and then
// blamed on a CSV line.
describe('expandZips', () => {
  test('a plain zip unpacks to the CSV inside it', async () => {
    const { files, problems } = await expandZips([zipOf('data/weekly.csv', CSV)]);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.name)).toEqual(['download.zip/data/weekly.csv']);
    expect(await files[0]?.text()).toBe(CSV);
  });

  test('a zip64 entry is read at the size its zip64 field gives', async () => {
    const { files, problems } = await expandZips([zipOf('data/weekly.csv', CSV, { zip64: true })]);
    expect(problems).toEqual([]);
    expect(await files[0]?.text()).toBe(CSV);
  });

  test('a zip64 entry too big to unpack is described at its real size', async () => {
    const { files, problems } = await expandZips([
      zipOf('data/weekly.csv', CSV, { zip64: true, statedSize: 2_000_000_000 }),
    ]);
    expect(files).toEqual([]);
    expect(problems[0]?.message).toContain('“data/weekly.csv” inside it unpacks to 2 GB');
  });

  test('an entry that inflates past the size its header states is refused as a damaged zip', async () => {
    const { files, problems } = await expandZips([zipOf('data/weekly.csv', CSV, { statedSize: 1000 })]);
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    const error = problems[0];
    expect(error?.message).toMatch(
      /^download\.zip: The zip is damaged: “data\/weekly\.csv” inside it unpacks to more than the 1 KB its header states\./,
    );
    expect(error?.advice).toMatch(/Download it again/);
    expect(error?.line).toBeUndefined();
  });

  test('an entry that stops short of its stated size is refused as a damaged zip', async () => {
    const { problems } = await expandZips([zipOf('data/weekly.csv', CSV, { statedSize: CSV.length + 10 })]);
    expect(problems[0]?.message).toMatch(/The zip is damaged: .* unpacks to less than the/);
  });

  test('a zip cut short is damaged', async () => {
    const whole = zipOf('data/weekly.csv', CSV);
    const cut = new File([(await whole.arrayBuffer()).slice(0, 200)], 'download.zip');
    const { problems } = await expandZips([cut]);
    expect(problems[0]?.message).toMatch(/^download\.zip: The zip is damaged: it has no zip directory/);
  });
});
