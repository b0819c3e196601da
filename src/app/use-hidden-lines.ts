import { useCallback, useState } from 'react';

/** Which lines of a chart the user has hidden with the legend, and a toggle for one line. */
export function useHiddenLines(
  initial: readonly string[] = [],
): [ReadonlySet<string>, (key: string) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = useCallback(
    (key: string) =>
      setHidden((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  return [hidden, toggle];
}
