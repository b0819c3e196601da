import { describe, expect, test } from 'vitest';
import { expandZips } from '../../../src/data/load/unzip-files';
import { zipBytes, type EntryOptions } from './zip-bytes';

const CSV = 'time_period,time_identifier,geographic_level,country_code,country_name,attendance_perc\n'.concat(
  '202425,Week 37,National,E92000001,England,93.1\n'.repeat(2000),
);

/**
 * The zip as a dropped file. A zip64 entry here gives only its sizes in the zip64 field and its offset in its header,
 * as writers that mark only what overflows do.
 */
const zipOf = (name: string, text: string, options: EntryOptions = {}): File =>
  new File(
    [zipBytes(name, text, { zip64Offset: false, ...options }) as Uint8Array<ArrayBuffer>],
    'download.zip',
  );

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
