import { useCallback, useSyncExternalStore } from 'react';

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

export function parseParams(search: string): UrlParams {
  return Object.fromEntries(new URLSearchParams(search));
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

/** The page's whole address once this change is made: what a reload sends and what a copied link holds. */
export function addressWith(change: Record<string, string | null>, at: Address = window.location): string {
  const merged = { ...parseParams(at.search), ...change };
  const next = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  return `${at.origin}${at.pathname}${serialiseParams(next)}${at.hash}`;
}

export function useUrlParams(): [
  UrlParams,
  (change: Record<string, string | null>, replace?: boolean) => void,
] {
  const search = useSyncExternalStore(subscribe, snapshot);
  const params = parseParams(search);
  const setParams = useCallback((change: Record<string, string | null>, replace = false) => {
    const url = addressWith(change);
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event('lens:navigate'));
  }, []);
  return [params, setParams];
}
