import { useEffect, useState } from 'react';

export interface LoadProgressItem {
  key: string;
  fileName: string;
  bytes: number;
  startedAt: number;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)} MB`;

/**
 * The engine reads a file in one call and reports no progress, so this shows what is known honestly: which file,
 * its size and the seconds elapsed, with an indeterminate bar, and a Cancel button for each load.
 */
export function LoadProgress({
  items,
  onCancel,
}: {
  items: readonly LoadProgressItem[];
  onCancel?: (key: string) => void;
}) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!items.length) return;
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, [items.length]);
  if (!items.length) return null;
  return (
    <ul className="load-progress" aria-live="polite">
      {items.map((item) => (
        <li key={item.key}>
          <span>
            Loading {item.fileName} ({megabytes(item.bytes)}) —{' '}
            {Math.max(0, (now - item.startedAt) / 1000).toFixed(0)} s
          </span>
          <progress aria-label={`Loading ${item.fileName}`} />
          {onCancel && (
            <button type="button" onClick={() => onCancel(item.key)}>
              Cancel<span className="visually-hidden"> loading {item.fileName}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
