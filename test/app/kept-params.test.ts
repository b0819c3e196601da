import { describe, expect, test } from 'vitest';
import { fitToLink, KEPT_KEY } from '../../src/app/kept-params';
import { tabKeyOf } from '../../src/app/tab-kept-text';
import {
  addressWith,
  fittedAddressWith,
  keptState,
  MAX_URL_CHARS,
  parseParams,
} from '../../src/app/url-state';

const PAGE = new URL('https://schools.example.org/attendance-lens/?ds=u1&view=trends');

/** A filter value or column name from a user's file: as long as the file makes it. */
const long = (length: number, letter = 'x') => `${letter.repeat(length - 4)} end`;

describe('no view choice makes a link longer than hosts accept', () => {
  test.each([
    ['short choices', { phase: 'Secondary', geo: 'drill:E08000012' }, 'none'],
    ['one filter value of 20,000 characters', { 'f.notes': long(20_000), phase: 'Secondary' }, 'tab'],
    ['a 5,000-character column name as filter key', { [`f.${long(5000, 'c')}`]: 'Total' }, 'tab'],
    [
      'many filters of 300 characters',
      Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`f.c${i}`, long(300)])),
      'tab',
    ],
  ] as const)('%s: the address fits, and reads back as every choice in this tab', (_name, change, kept) => {
    const address = fittedAddressWith(change, PAGE);
    expect(address.length).toBeLessThanOrEqual(MAX_URL_CHARS);
    const search = new URL(address).search;
    expect(parseParams(search)).toEqual({ ...parseParams(PAGE.search), ...change });
    expect(keptState(search)).toBe(kept);
  });

  test('only the longest choices leave the address; short ones and the view stay readable in it', () => {
    const change = { 'f.notes': long(20_000), phase: 'Secondary', 'f.ethnicity': 'White British' };
    const params = parseParams(new URL(fittedAddressWith(change, PAGE)).search);
    expect(params['f.notes']).toBe(change['f.notes']);
    const written = new URL(fittedAddressWith(change, PAGE)).searchParams;
    expect([...written.keys()].sort()).toEqual(['ds', 'f.ethnicity', KEPT_KEY, 'phase', 'view']);
  });

  test('a link copied to another tab opens without the kept choices, and says so', () => {
    const address = fittedAddressWith({ 'f.notes': long(20_000) }, PAGE);
    const kept = new URL(address).searchParams.get(KEPT_KEY) ?? '';
    // Another tab's store: this key was never kept there.
    const elsewhere = new URL(address);
    elsewhere.searchParams.set(KEPT_KEY, tabKeyOf(`not ${kept}`));
    expect(keptState(elsewhere.search)).toBe('not-carried');
    expect(parseParams(elsewhere.search)).toEqual({ ds: 'u1', view: 'trends' });
  });

  test('the next change drops choices kept earlier once the address fits without them', () => {
    const first = new URL(fittedAddressWith({ 'f.notes': long(20_000) }, PAGE));
    const next = fittedAddressWith({ 'f.notes': 'Total' }, first);
    expect(next).toBe(addressWith({ 'f.notes': 'Total' }, PAGE));
  });

  test('fitToLink changes nothing that fits, and never moves the view', () => {
    const params = { view: 'sql', a: 'b' };
    expect(fitToLink(params, () => true, tabKeyOf, tabKeyOf)).toBe(params);
    expect(fitToLink(params, () => false, tabKeyOf, tabKeyOf)).toEqual({
      view: 'sql',
      [KEPT_KEY]: tabKeyOf('{"a":"b"}'),
    });
  });
});
