import { useState } from 'react';

/**
 * The same object as last render while its JSON is the same. Recharts copies each axis's and line's props into its
 * store and recomputes the chart whenever one of them is a new object, so equal props are passed as the same object.
 */
export function useStable<T>(value: T): T {
  const key = JSON.stringify(value);
  const [kept, setKept] = useState({ key, value });
  // Storing state while rendering is React's pattern for state derived from props: it re-renders at once.
  if (kept.key !== key) setKept({ key, value });
  return kept.key === key ? kept.value : value;
}
