import { useCallback, useState } from 'react';

/** The set with `key` added, or taken out when it was there: one click on a legend entry or a switch. */
export function toggled<T>(set: ReadonlySet<T>, key: T): Set<T> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** Which lines of a chart the user has hidden with the legend, and a toggle for one line. */
export function useHiddenLines(
  initial: readonly string[] = [],
): [ReadonlySet<string>, (key: string) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = useCallback((key: string) => setHidden((current) => toggled(current, key)), []);
  return [hidden, toggle];
}
