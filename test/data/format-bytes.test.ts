import { expect, test } from 'vitest';
import { formatBytes } from '../../src/data/format-bytes';

// Issue #29: progress said "144 MB" (MiB) of a 150.6 MB file while the limits were decimal; one unit everywhere.
test.each([
  [0, '0 bytes'],
  [1, '1 byte'],
  [900, '900 bytes'],
  [12_000, '12 KB'],
  [999_600, '1 MB'],
  [1_500_000, '1.5 MB'],
  [150_600_000, '150.6 MB'],
  [157_907_763, '157.9 MB'],
  [500_000_000, '500 MB'],
  [999_960_000, '1 GB'],
  [1_000_000_000, '1 GB'],
  [2 ** 31, '2.1 GB'],
])('formatBytes(%d) is %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});
