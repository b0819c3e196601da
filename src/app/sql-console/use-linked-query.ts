import { useCallback, useMemo } from 'react';
import { addressWith, MAX_URL_CHARS, useUrlParams } from '../url-state';
import { heldQuery, linkedQuery, queryParams, type LinkedQuery } from './query-link';
import { keepInTab, readFromTab } from '../tab-kept-text';

/** The query the page's address holds, and a way to put the next one there as a link can carry it. */
export function useLinkedQuery(): { linked: LinkedQuery; submit: (query: string) => void } {
  const [params, setParams] = useUrlParams();
  const { text, packed, tab } = heldQuery(params);
  // Unpacked once per address, not on every render.
  const linked = useMemo(() => linkedQuery({ text, packed, tab }, readFromTab), [text, packed, tab]);
  const submit = useCallback(
    (query: string) =>
      setParams(queryParams(query, (change) => addressWith(change).length <= MAX_URL_CHARS, keepInTab)),
    [setParams],
  );
  return { linked, submit };
}
