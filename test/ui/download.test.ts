import { describe, expect, test } from 'vitest';
import { fileSlug } from '../../src/ui/download';

describe('file names made from titles', () => {
  test.each([
    ['Severe absence: England, 2015/16 to 2023/24', 'severe-absence-england-2015-16-to-2023-24'],
    ['  Overall absence (%) — Liverpool  ', 'overall-absence-liverpool'],
    ['../../etc/passwd', 'etc-passwd'],
    ['', 'chart'],
    ['£€', 'chart'],
    ['a'.repeat(100), 'a'.repeat(80)],
    // Cut at 80 characters, a name never ends in the hyphen the cut fell on.
    ['word '.repeat(20), Array<string>(16).fill('word').join('-')],
  ])('%j saves as %j', (title, name) => {
    expect(fileSlug(title)).toBe(name);
  });
});
