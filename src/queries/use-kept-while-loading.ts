import { useState } from 'react';
import type { Kept } from '../charts/use-stable';

/** A new key while ready replaces the kept value; otherwise the kept value stays. */
export const keptAfter = <T>(kept: Kept<T>, value: T, key: string, ready: boolean): Kept<T> =>
  ready && kept.key !== key ? { key, value } : kept;

/**
 * `value` while `ready`; otherwise the value last seen ready. A chart keeps drawing the choices its data came from
 * while the data for new choices loads, so nothing about it changes (and nothing redraws) until the data arrives.
 * `key` names the value: a new key while ready replaces the kept value.
 */
export function useKeptWhileLoading<T>(value: T, key: string, ready: boolean): T {
  const [kept, setKept] = useState({ key, value });
  const next = keptAfter(kept, value, key, ready);
  // Storing state while rendering is React's pattern for state derived from props: it re-renders at once.
  if (next !== kept) setKept(next);
  return ready ? value : kept.value;
}
