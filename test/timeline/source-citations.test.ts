import { describe, expect, test } from 'vitest';
import { splitSource } from '../../src/timeline/source-citations';

// Issue #29: a seed note after a web address was glued onto the link.
describe('splitSource', () => {
  test.each([
    // source, links, notes
    ['https://a.example/x/', ['https://a.example/x/'], ''],
    [
      'https://a.example/x/; alliance-meeting-2022-04-28.txt § 4',
      ['https://a.example/x/'],
      'alliance-meeting-2022-04-28.txt § 4',
    ],
    ['alliance-meeting-2022-04-28.txt, 2', [], 'alliance-meeting-2022-04-28.txt, 2'],
    ['note one; https://a.example/?id=1; note two', ['https://a.example/?id=1'], 'note one; note two'],
    ['https://a.example/p;v=1', ['https://a.example/p;v=1'], ''],
    ['https://a.example/ and more', [], 'https://a.example/ and more'],
    ['javascript:alert(1)', [], 'javascript:alert(1)'],
    ['', [], ''],
  ])('%j', (source, links, notes) => {
    const result = splitSource(source);
    expect(result.links.map((url) => url.href)).toEqual(links);
    expect(result.notes).toBe(notes);
  });
});
