import { describe, expect, test } from 'vitest';
import { FINGERPRINT_EDGE_BYTES, fileFingerprint } from '../../../src/data/datasets/file-fingerprint';

const MB = FINGERPRINT_EDGE_BYTES;

function bytes(size: number, seed = 1): Uint8Array {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed * 7) % 251;
  return data;
}

function changed(data: Uint8Array, at: number): Uint8Array {
  const copy = data.slice();
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

describe('one content, one fingerprint', () => {
  test.each([
    ['a small file', 1000],
    ['an empty file', 0],
    ['a file larger than both ends', 5 * MB],
  ])('%s: a File and its bytes agree, whatever the name', async (_name, size) => {
    const data = bytes(size);
    const print = await fileFingerprint(data);
    expect(await fileFingerprint(new File([data as Uint8Array<ArrayBuffer>], 'x.csv'))).toBe(print);
    expect(await fileFingerprint(new File([data as Uint8Array<ArrayBuffer>], 'other name.csv'))).toBe(print);
    expect(print).toMatch(new RegExp(`^${size}:[0-9a-f]{64}$`));
  });
});

describe('different content, different fingerprints', () => {
  const big = bytes(5 * MB);
  test.each([
    ['one byte changed in a small file', bytes(1000), changed(bytes(1000), 500)],
    ['one byte more', bytes(1000), bytes(1001)],
    ['a change in the first megabyte', big, changed(big, 10)],
    ['a change in the last megabyte', big, changed(big, big.length - 10)],
  ])('%s', async (_name, a, b) => {
    expect(await fileFingerprint(a)).not.toBe(await fileFingerprint(b));
  });

  test('a change in the middle of a large file alone is not seen (the documented cost of reading only the ends)', async () => {
    expect(await fileFingerprint(changed(big, 2.5 * MB))).toBe(await fileFingerprint(big));
  });
});
