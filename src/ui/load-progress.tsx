import { useEffect, useState } from 'react';
import { formatBytes } from '../data/format-bytes';

export interface LoadProgressItem {
  key: string;
  fileName: string;
  bytes: number;
  bytesRead: number;
  startedAt: number;
}

/**
 * Each load in progress: which file, the megabytes read of its size (the file is read in pieces), the seconds
 * elapsed, and a Cancel button, which stops the load after the piece being read. A load of no counted size (a
 * default dataset attached whole) shows a progress bar that only says it is under way.
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
            Loading {item.fileName}
            {item.bytes > 0 && `: ${formatBytes(item.bytesRead)} of ${formatBytes(item.bytes)}`} —{' '}
            {Math.max(0, (now - item.startedAt) / 1000).toFixed(0)} s
          </span>
          {item.bytes > 0 ? (
            <progress
              aria-label={`Loading ${item.fileName}`}
              max={item.bytes}
              value={Math.min(item.bytesRead, item.bytes)}
            />
          ) : (
            <progress aria-label={`Loading ${item.fileName}`} />
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
