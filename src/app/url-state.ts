import { useCallback, useSyncExternalStore } from 'react';
import { fitToLink, withKept, type KeptState } from './kept-params';
import { keepInTab, readFromTab, tabKeyOf } from './tab-kept-text';

/** Every choice a view makes lives in the URL, so a link reopens the same view and back/forward work. */
function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener('lens:navigate', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('lens:navigate', listener);
  };
}

const snapshot = () => window.location.search;

export type UrlParams = Readonly<Record<string, string>>;

/** The view's choices in an address, with any kept in this tab put back (see kept-params). */
export function parseParams(search: string): UrlParams {
  return withKept(Object.fromEntries(new URLSearchParams(search)), readFromTab).params;
}

/** The page's choices now, read from its address rather than from the last render. */
export const currentParams = (): UrlParams => parseParams(window.location.search);

/** Whether some of the address's choices are kept in this tab, or in a tab this one is not (a copied link). */
export function keptState(search: string): KeptState {
  return withKept(Object.fromEntries(new URLSearchParams(search)), readFromTab).kept;
}

/** Whether some of the page's choices are kept in this tab (see keptState); read again at every change of address. */
export function useKeptState(): KeptState {
  return keptState(useSyncExternalStore(subscribe, snapshot));
}

/** Takes the `#` part out of the address in place (a shared-markers link's markers), leaving the choices. */
export function dropFragment(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

export function serialiseParams(params: UrlParams): string {
  const entries = Object.entries(params).filter(([, value]) => value !== '');
  entries.sort(([a], [b]) => a.localeCompare(b));
  const text = new URLSearchParams(entries).toString();
  return text ? `?${text}` : '';
}

/**
 * Request lines longer than this are refused by some static hosts and proxies (`vite preview` refuses from 16 KB),
 * and the page then never loads; a link stays within it, so it opens wherever the app is served.
 */
export const MAX_URL_CHARS = 2000;

type Address = Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>;

/** The params a change leaves: these with the change made. */
export function applyChange(params: UrlParams, change: Readonly<Record<string, string | null>>): UrlParams {
  return Object.fromEntries(
    Object.entries({ ...params, ...change }).filter(
      (entry): entry is [string, string] => entry[1] !== null && entry[1] !== '',
    ),
  );
}

const merged = (change: Record<string, string | null>, at: Address) =>
  applyChange(parseParams(at.search), change);

const addressOf = (params: UrlParams, at: Address) =>
  `${at.origin}${at.pathname}${serialiseParams(params)}${at.hash}`;

/** The page's whole address once this change is made, as written out: what a copied link would hold. */
export function addressWith(change: Record<string, string | null>, at: Address = window.location): string {
  return addressOf(merged(change, at), at);
}

/** The address a change makes, with the longest choices kept in this tab when it would pass MAX_URL_CHARS. */
export function fittedAddressWith(
  change: Record<string, string | null>,
  at: Address = window.location,
): string {
  const fits = (params: UrlParams) => addressOf(params, at).length <= MAX_URL_CHARS;
  return addressOf(fitToLink(merged(change, at), fits, tabKeyOf, keepInTab), at);
}

export function useUrlParams(): [
  UrlParams,
  (change: Record<string, string | null>, replace?: boolean) => void,
] {
  const search = useSyncExternalStore(subscribe, snapshot);
  const params = parseParams(search);
  const setParams = useCallback((change: Record<string, string | null>, replace = false) => {
    const url = fittedAddressWith(change);
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event('lens:navigate'));
  }, []);
  return [params, setParams];
}
