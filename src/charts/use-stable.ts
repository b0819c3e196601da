import { useState } from 'react';

/** A value kept between renders, and the key that says when to replace it (here its JSON). */
export interface Kept<T> {
  key: string;
  value: T;
}

/** The kept value while `value`'s JSON is the same, else `value` as the one to keep from now on. */
export function stableValue<T>(kept: Kept<T>, value: T): Kept<T> {
  const key = JSON.stringify(value);
  return kept.key === key ? kept : { key, value };
}

/**
 * The same object as last render while its JSON is the same. Recharts copies each axis's and line's props into its
 * store and recomputes the chart whenever one of them is a new object, so equal props are passed as the same object.
 */
export function useStable<T>(value: T): T {
  const [kept, setKept] = useState<Kept<T>>(() => ({ key: JSON.stringify(value), value }));
  const next = stableValue(kept, value);
  // Storing state while rendering is React's pattern for state derived from props: it re-renders at once.
  if (next !== kept) setKept(next);
  return next.value;
}
