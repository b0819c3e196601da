import { describe, expect, test } from 'vitest';
import {
  heldQuery,
  linkedQuery,
  queryParams,
  type LinkedQuery,
} from '../../../src/app/sql-console/query-link';
import { CONSOLE_KEYS as QUERY_KEYS } from '../../../src/app/url/console-url';
import { addressWith, MAX_URL_CHARS, parseParams } from '../../../src/app/url-state';
import { noiseLetters } from '../../support/seeded-random';

const PAGE = new URL('https://schools.example.org/attendance-lens/?view=sql&ds=annual_absence');

/** This tab's store, kept in a map as the page keeps it. */
function tabStore() {
  const kept = new Map<string, string>();
  return {
    keep: (text: string) => {
      const key = `k${kept.size}`;
      kept.set(key, text);
      return key;
    },
    read: (key: string) => kept.get(key) ?? null,
  };
}

/** Writes the query as the console does and returns the address a copied link holds. */
function linkFor(text: string, store = tabStore()): string {
  const params = queryParams(text, (change) => addressWith(change, PAGE).length <= MAX_URL_CHARS, store.keep);
  return addressWith(params, PAGE);
}

function opened(address: string, read: (key: string) => string | null): LinkedQuery {
  return linkedQuery(heldQuery(parseParams(new URL(address).search)), read);
}

const noise = (length: number) => noiseLetters(length, 7);

const manyColumns = (count: number) =>
  `SELECT ${Array.from({ length: count }, (_, i) => `'value ${i}' AS column_${i}`).join(', ')}`;

describe('a console query in a link', () => {
  test.each([
    ['a short query', 'SELECT 1', 'text'],
    ['special characters', "SELECT 'a&b=c#d?e%20f+g' AS x -- é 😀\n", 'text'],
    ['a query too long as text that packs small', manyColumns(200), 'packed'],
    ['a 30,000-character query of literal columns', manyColumns(1200), 'tab'],
    ['3,000 characters that do not pack', `SELECT '${noise(3000)}'`, 'tab'],
  ] as const)('%s: the link stays within the limit and gives the query back', (_name, text, how) => {
    const store = tabStore();
    const address = linkFor(text, store);
    expect(address.length).toBeLessThanOrEqual(MAX_URL_CHARS);
    const params = parseParams(new URL(address).search);
    expect(Object.keys(params).filter((key) => key.startsWith('sql.'))).toEqual([QUERY_KEYS[how]]);
    // Other choices on the page stay as they were.
    expect(params.ds).toBe('annual_absence');
    expect(opened(address, store.read)).toEqual({ kind: how === 'tab' ? 'tab' : 'link', text });
  });

  test('the 30,000-character query is not in the link; opened in another tab, the link says so', () => {
    const text = manyColumns(1200);
    expect(text.length).toBeGreaterThan(30_000);
    const address = linkFor(text);
    expect(address).not.toContain('column_1');
    expect(opened(address, tabStore().read)).toEqual({ kind: 'not-carried' });
  });

  test('the query goes as text up to the limit, and packed from one character more', () => {
    const base = addressWith({ [QUERY_KEYS.text]: 'SELECT ' }, PAGE).length;
    const fitting = `SELECT ${'x'.repeat(MAX_URL_CHARS - base)}`;
    expect(linkFor(fitting).length).toBe(MAX_URL_CHARS);
    expect(opened(linkFor(fitting), tabStore().read)).toEqual({ kind: 'link', text: fitting });
    expect(new URL(linkFor(fitting)).searchParams.has(QUERY_KEYS.text)).toBe(true);
    const over = `${fitting}x`;
    expect(new URL(linkFor(over)).searchParams.has(QUERY_KEYS.packed)).toBe(true);
  });

  test('a later query replaces the earlier one, whichever way each was held', () => {
    const store = tabStore();
    const long = linkFor(manyColumns(1200), store);
    const next = queryParams('SELECT 2', () => true, store.keep);
    const address = addressWith(next, new URL(long));
    expect(new URL(address).search).toBe('?ds=annual_absence&sql.q=SELECT+2&view=sql');
  });

  test.each([
    // Links written before packing existed, including one longer than today's limit: they still open.
    ['?view=sql&sql.q=SELECT%201', { kind: 'link', text: 'SELECT 1' }],
    [`?view=sql&sql.q=${encodeURIComponent(manyColumns(150))}`, { kind: 'link', text: manyColumns(150) }],
    ['?view=sql', { kind: 'none' }],
    ['?view=sql&sql.tab=gone', { kind: 'not-carried' }],
    [
      '?view=sql&sql.z=9.abc',
      { kind: 'damaged', reason: 'the link was made by a newer version of Attendance Lens' },
    ],
    ['?view=sql&sql.z=abc', { kind: 'damaged', reason: expect.stringMatching(/does not start/) }],
    ['?view=sql&sql.z=1.abc', { kind: 'damaged', reason: expect.stringMatching(/damaged or cut short/) }],
    ['?view=sql&sql.z=1.a<c', { kind: 'damaged', reason: expect.stringMatching(/characters/) }],
  ])('the address %s holds %j', (search, expected) => {
    expect(opened(`https://schools.example.org/${search}`, tabStore().read)).toEqual(expected);
  });
});
