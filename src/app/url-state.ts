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

export function useUrlParams(): [
  UrlParams,
  (change: Record<string, string | null>, replace?: boolean) => void,
] {
  const search = useSyncExternalStore(subscribe, snapshot);
  const params = parseParams(search);
  const setParams = useCallback((change: Record<string, string | null>, replace = false) => {
    const merged = { ...parseParams(window.location.search), ...change };
    const next = Object.fromEntries(
      Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null),
    );
    const url = `${window.location.pathname}${serialiseParams(next)}${window.location.hash}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event('lens:navigate'));
  }, []);
  return [params, setParams];
}
