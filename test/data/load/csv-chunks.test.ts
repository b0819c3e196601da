import { describe, expect, test } from 'vitest';
import { csvChunks, firstLongRecord, lastRecordEnd } from '../../../src/data/load/csv-chunks';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('lastRecordEnd: a newline ends a record only outside quotes', () => {
  test.each([
    { case: 'plain lines', csv: 'a,b\n1,2\n3,', end: 8 },
    { case: 'no newline yet', csv: 'a,b', end: 0 },
    { case: 'CRLF', csv: 'a,b\r\n1,2\r\n3', end: 10 },
    { case: 'a quoted newline is inside a value', csv: 'a,"x\ny"\n1,2', end: 8 },
    { case: 'the quote is still open', csv: '1,2\n3,"x\ny', end: 4 },
    { case: 'doubled quotes inside a value', csv: '1,"say ""hi""\n"\n2', end: 16 },
  ])('$case', ({ csv, end }) => {
    expect(lastRecordEnd(bytes(csv))).toBe(end);
  });
});

// Issue #29: DuckDB dropped an overlong last record without an error; the reader finds every overlong record first.
describe('firstLongRecord: the line a record longer than the limit starts on', () => {
  test.each([
    { case: 'none', csv: 'a,b\n1,2\n3,4\n', line: null },
    { case: 'the last record, without a newline', csv: 'a,b\n1,2\n3,456789', line: 2 },
    { case: 'the last record, with a newline', csv: 'a,b\n1,2\n3,45678\n', line: 2 },
    { case: 'a middle record', csv: 'a,b\n1,2345678\n3,4\n', line: 1 },
    { case: 'a quoted value spanning lines counts as one record', csv: 'a,b\n1,"2\n3\n4"\n5,6\n', line: 1 },
    { case: 'lines after a quoted newline are counted', csv: 'a,"\nc"\n1,2\n3,456789', line: 3 },
    { case: 'exactly the limit', csv: 'a,b\n1,2345\n', line: null },
  ])('$case', ({ csv, line }) => {
    expect(firstLongRecord(bytes(csv), 7)).toBe(line);
  });
});

async function pieces(csv: string | File, size: number) {
  const data = typeof csv === 'string' ? bytes(csv) : csv;
  const out: { text: string; firstLine: number; end: number }[] = [];
  for await (const chunk of csvChunks(data, size, Infinity))
    out.push({ text: text(chunk.bytes), firstLine: chunk.firstLine, end: chunk.end });
  return out;
}

describe('csvChunks: pieces that each end at a record, with their first line and progress', () => {
  test('whole records, the file line each piece starts on, bytes read so far', async () => {
    expect(await pieces('h1,h2\n1,2\n3,4\n5,6\n', 8)).toEqual([
      { text: 'h1,h2\n', firstLine: 1, end: 6 },
      { text: '1,2\n3,4\n', firstLine: 2, end: 14 },
      { text: '5,6\n', firstLine: 4, end: 18 },
    ]);
  });

  test('a record longer than a piece is read whole', async () => {
    const long = `h\n"${'x'.repeat(30)}"\n1\n2\n3\n4\n5\n6\n`;
    const out = await pieces(long, 8);
    expect(out.map((p) => p.text).join('')).toBe(long);
    expect(out[1]?.text.startsWith(`"${'x'.repeat(30)}"\n`)).toBe(true);
    expect(out.length).toBeGreaterThan(2);
  });

  test('a quoted newline never splits a record', async () => {
    const csv = 'h,n\n1,"a\nb"\n2,"c\nd"\n3,e\n';
    for (const size of [3, 5, 7, 11, 13]) {
      const out = await pieces(csv, size);
      expect(out.map((p) => p.text).join('')).toBe(csv);
      for (const piece of out) expect((piece.text.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  test('the last record without a newline, and a File read the same as its bytes', async () => {
    const csv = 'h\n1\n2';
    expect((await pieces(csv, 2)).map((p) => p.text)).toEqual(['h\n', '1\n', '2']);
    expect(await pieces(new File([csv], 'f.csv'), 2)).toEqual(await pieces(csv, 2));
  });

  test("pieces are copies: the file's own bytes stay whole after the engine takes a piece", async () => {
    const data = bytes('h\n1\n2\n');
    for await (const chunk of csvChunks(data, 2, Infinity))
      structuredClone(chunk.bytes, { transfer: [chunk.bytes.buffer] });
    expect(text(data)).toBe('h\n1\n2\n');
  });
});
