import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  appFolderOf,
  fenceBreaks,
  parseAppFolders,
  undeclaredFolders,
  type AppFolders,
} from '../../scripts/app-fences';

const folders: AppFolders = { slices: ['trends', 'neighbours'], shared: ['url', 'markers'] };

describe('the fence between view slices', () => {
  test.each([
    ['src/app/trends/trend-view.tsx', 'trends'],
    ['src/app/briefing/before-after/did-panel.tsx', 'briefing'],
    ['src/app/views.tsx', null],
    ['src/charts/small-multiples.tsx', null],
  ])('%s lies in folder %s', (file, folder) => {
    expect(appFolderOf(file)).toBe(folder);
  });

  test.each([
    // from, to, breaks the fence
    ['src/app/trends/a.tsx', 'src/app/neighbours/b.tsx', true],
    ['src/app/trends/a.tsx', 'src/app/trends/c.ts', false],
    ['src/app/trends/a.tsx', 'src/app/markers/use-markers.ts', false],
    ['src/app/trends/a.tsx', 'src/app/url/trends-url.ts', false],
    ['src/app/markers/form.tsx', 'src/app/trends/a.tsx', true],
    ['src/app/markers/form.tsx', 'src/app/url/app-url.ts', false],
    ['src/app/views.tsx', 'src/app/neighbours/b.tsx', false],
    ['src/app/trends/a.tsx', 'src/app/new-view/d.tsx', true],
    ['src/app/trends/nested/a.tsx', 'src/app/neighbours/b.tsx', true],
    ['src/charts/x.tsx', 'src/charts/y.ts', false],
  ])('%s importing %s breaks the fence: %s', (from, to, breaks) => {
    expect(fenceBreaks(new Map([[from, [to]]]), folders)).toEqual(breaks ? [`${from} -> ${to}`] : []);
  });

  test('a folder in neither list is reported', () => {
    expect(undeclaredFolders(['trends', 'url', 'new-view'], folders)).toEqual(['new-view']);
  });

  test('the committed list parses, and a malformed one is refused by name', () => {
    const text = readFileSync(path.join(import.meta.dirname, '../../scripts/app-folders.json'), 'utf8');
    expect(parseAppFolders(text).slices).toContain('trends');
    expect(() => parseAppFolders('{"slices": ["a"], "shared": "url"}')).toThrow('"shared"');
  });
});
