import { useEffect, useRef, useState } from 'react';
import { formatEventDate, typeLabel } from '../chart-events/event-details';
import type { Marker } from '../../timeline/event';
import { useMarkers } from './use-markers';
import './markers.css';

export interface MarkerListProps {
  onEdit: (marker: Marker) => void;
}

/** The member's markers with Edit and Delete; the last change can be undone from the status line. */
export function MarkerList({ onEdit }: MarkerListProps) {
  const { markers, status, lastChange, remove, undo } = useMarkers();
  const [note, setNote] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [focusUndo, setFocusUndo] = useState(false);
  useEffect(() => {
    // The deleted row's buttons are gone; Undo is the natural next place for focus.
    if (focusUndo && lastChange?.kind === 'remove') undoButton.current?.focus();
  }, [focusUndo, lastChange]);

  const del = async (marker: Marker) => {
    setNote(null);
    const result = await remove(marker.id);
    setFocusUndo(result.ok);
  };
  const revert = async () => {
    const label =
      lastChange?.kind === 'add' ? 'Removed the marker just added.' : 'Undone: the marker is back as it was.';
    const result = await undo();
    setFocusUndo(false);
    setNote(result.ok ? label : null);
  };

  return (
    <section className="marker-list" aria-labelledby="marker-list-title">
      <h3 id="marker-list-title">Your markers ({markers.length})</h3>
      {status === 'loading' && <p className="hint">Reading your markers…</p>}
      {status === 'ready' && markers.length === 0 && (
        <p className="hint">No markers yet. Add one with “Add marker” or by clicking a date on a chart.</p>
      )}
      {markers.length > 0 && (
        <ul>
          {markers.map((marker) => (
            <li key={marker.id} data-marker-id={marker.id}>
              <span className="marker-list-text">
                <strong>{marker.title}</strong>
                <span className="hint">
                  {formatEventDate(marker)} · {typeLabel(marker.type)}
                  {marker.scope.length > 0 && ` · ${marker.scope.join('; ')}`}
                </span>
              </span>
              <span className="marker-list-actions">
                <button type="button" aria-label={`Edit ${marker.title}`} onClick={() => onEdit(marker)}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete ${marker.title}`} onClick={() => void del(marker)}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="marker-status">
        {lastChange ? (
          <p>
            {lastChange.label}{' '}
            <button ref={undoButton} type="button" onClick={() => void revert()}>
              Undo
            </button>
          </p>
        ) : (
          note && <p>{note}</p>
        )}
      </div>
    </section>
  );
}
