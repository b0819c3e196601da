import { useState } from 'react';

/**
 * `value` while `ready`; otherwise the value last seen ready. A chart keeps drawing the choices its data came from
 * while the data for new choices loads, so nothing about it changes (and nothing redraws) until the data arrives.
 * `key` names the value: a new key while ready replaces the kept value.
 */
export function useKeptWhileLoading<T>(value: T, key: string, ready: boolean): T {
  const [kept, setKept] = useState({ key, value });
  // Storing state while rendering is React's pattern for state derived from props: it re-renders at once.
  if (ready && kept.key !== key) setKept({ key, value });
  return ready ? value : kept.value;
}
