import { useEffect, useState } from 'react';

export interface LoadProgressItem {
  key: string;
  fileName: string;
  bytes: number;
  startedAt: number;
  /** Share of the file read so far, when the engine reports it. */
  fraction: number | null;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)} MB`;

/**
 * Which file, its size, the seconds elapsed and how much of it has been read (an indeterminate bar until the engine
 * reports), with a Cancel button for each load.
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
            {item.fraction === null ? '' : `${megabytes(item.bytes * item.fraction)} read, `}
            {Math.max(0, (now - item.startedAt) / 1000).toFixed(0)} s
          </span>
          {item.fraction === null ? (
            <progress aria-label={`Loading ${item.fileName}`} />
          ) : (
            <progress aria-label={`Loading ${item.fileName}`} max={1} value={item.fraction} />
          )}
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
