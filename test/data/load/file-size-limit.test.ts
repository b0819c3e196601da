import { describe, expect, test } from 'vitest';
import { checkFileSize, MAX_FILE_BYTES } from '../../../src/data/load/file-size-limit';

describe('a file too big for a browser tab is refused before anything is read', () => {
  test('up to the limit a file may be loaded', () => {
    expect(checkFileSize('big.csv', MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize('empty.csv', 0)).toBeNull();
  });

  test('past it, the refusal names the file, both sizes and what to do', () => {
    const error = checkFileSize('huge.csv', MAX_FILE_BYTES + 1);
    expect(error).toMatchObject({ name: 'LoadError', fileName: 'huge.csv' });
    expect(error?.problem).toMatch(
      /^The file is .+; this app loads files of up to 500(\.0)? MB in a browser tab\.$/,
    );
    expect(error?.advice).toMatch(/^Split it/);
  });
});
