import type { UrlParams } from './url-state';

/**
 * Every view choice that comes from a file (a column name, a filter value, an area code) can be as long as the file
 * makes it, so any view's address could pass what hosts accept. When it would, the longest choices leave the address
 * for this tab's store, and the address names them by one key: `kept=<key>`.
 */
export const KEPT_KEY = 'kept';

/** Whether the address's choices are all in it, partly kept in this tab, or kept in a tab this one is not. */
export type KeptState = 'none' | 'tab' | 'not-carried';

/**
 * The params to write: these, if the address fits; else with the longest entries moved into the tab (by
 * keep, which stores the text and returns its key; keyOf gives that key without storing). The view stays.
 */
export function fitToLink(
  params: UrlParams,
  fits: (params: UrlParams) => boolean,
  keyOf: (text: string) => string,
  keep: (text: string) => string,
): UrlParams {
  if (fits(params)) return params;
  const movable = Object.entries(params)
    .filter(([key]) => key !== 'view')
    .sort(([a, x], [b, y]) => b.length + y.length - (a.length + x.length));
  if (movable.length === 0) return params;
  const split = (count: number) => {
    const moved = new Set(movable.slice(0, count).map(([key]) => key));
    const rest = Object.fromEntries(Object.entries(params).filter(([key]) => !moved.has(key)));
    return { rest, text: JSON.stringify(Object.fromEntries(movable.slice(0, count))) };
  };
  let count = 1;
  while (count < movable.length) {
    const { rest, text } = split(count);
    if (fits({ ...rest, [KEPT_KEY]: keyOf(text) })) break;
    count++;
  }
  const { rest, text } = split(count);
  return { ...rest, [KEPT_KEY]: keep(text) };
}

/** The address's params with the entries kept in this tab put back, and whether some were not found. */
export function withKept(
  params: UrlParams,
  read: (key: string) => string | null,
): { params: UrlParams; kept: KeptState } {
  const key = params[KEPT_KEY];
  if (key === undefined) return { params, kept: 'none' };
  const rest = Object.fromEntries(Object.entries(params).filter(([name]) => name !== KEPT_KEY));
  const text = read(key);
  const entries = text === null ? null : keptEntries(text);
  if (entries === null) return { params: rest, kept: 'not-carried' };
  // Entries in the address win: they were written after the kept ones.
  return { params: { ...entries, ...rest }, kept: 'tab' };
}

function keptEntries(text: string): Record<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    // Storage holds only what keepInTab wrote; text that does not parse was changed by hand and is ignored.
    return null;
  }
}
