import { useId } from 'react';
import { notLoadedMessage } from '../data/datasets/not-loaded-words';
import type { StoredFile } from '../data/datasets/stored-files';
import { KeptFileSize } from './kept-storage';

export interface KeptFilesNotLoadedProps {
  files: readonly StoredFile[];
  onLoadAgain: (id: string) => void;
  onRemove: (id: string) => void;
}

/**
 * Files kept in this browser that were not loaded this time (a fault, a Cancel, a problem, or held back at
 * start-up): each says what happened, and the user decides: load it again, or remove it for good.
 */
export function KeptFilesNotLoaded({ files, onLoadAgain, onRemove }: KeptFilesNotLoadedProps) {
  const headingId = useId();
  if (!files.length) return null;
  return (
    <section className="kept-not-loaded" aria-labelledby={headingId} aria-live="polite">
      <h3 id={headingId}>Kept files not loaded this time</h3>
      <ul>
        {files.map((file) => (
          <li key={file.id} data-kept-id={file.id}>
            <h4>{file.title}</h4>
            {file.status.kind === 'not-loaded' && <p>{notLoadedMessage(file.status.reason)}</p>}
            <KeptFileSize file={file} />
            <button type="button" onClick={() => onLoadAgain(file.id)}>
              Load again<span className="visually-hidden"> {file.title}</span>
            </button>{' '}
            <button type="button" onClick={() => onRemove(file.id)}>
              Remove<span className="visually-hidden"> {file.title} from this browser</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
