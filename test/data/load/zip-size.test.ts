import { describe, expect, test } from 'vitest';
import { tooBigToUnzip, unpackedTooLarge } from '../../../src/data/load/zip-size';

const GB = 1000 ** 3;
const MB = 1000 ** 2;

describe('unpackedTooLarge', () => {
  test.each([
    { name: 'no entries', sizes: [], tooBig: false },
    { name: 'one entry at the limit', sizes: [GB], tooBig: false },
    { name: 'one entry past the limit', sizes: [GB + 1], tooBig: true },
    { name: 'entries past the limit only together', sizes: [600 * MB, 600 * MB], tooBig: true },
  ])('$name', ({ sizes, tooBig }) => {
    const entries = sizes.map((originalSize, i) => ({ name: `data/f${i}.csv`, originalSize }));
    expect(unpackedTooLarge(entries, GB) !== null).toBe(tooBig);
  });
});

describe('the message for a zip too big to unpack', () => {
  test.each([
    {
      name: 'one huge entry',
      entries: [{ name: 'data/big.csv', originalSize: 2 * GB }],
      says: ['big.zip:', 'not damaged', '“data/big.csv” inside it unpacks to 2 GB', 'at most 1 GB'],
    },
    {
      name: 'several entries, none too big alone',
      entries: [
        { name: 'data/a.csv', originalSize: 700 * MB },
        { name: 'data/b.csv', originalSize: 500 * MB },
      ],
      says: [
        'Its 2 CSV files unpack to 1.2 GB together',
        'the largest, “data/a.csv”, is 700 MB',
        'at most 1 GB',
      ],
    },
  ])('$name names what is too big and what to do', ({ entries, says }) => {
    const error = tooBigToUnzip('big.zip', { entries, limit: GB });
    for (const text of says) expect(error.message).toContain(text);
    expect(error.advice).toMatch(/Unzip it on your computer.*or filter the data/);
    expect(error.message).not.toMatch(/download it again/i);
  });
});
