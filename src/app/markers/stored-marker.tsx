import { typeLabel } from '../chart-events/event-details';
import type { Marker } from '../../timeline/event';

export interface StoredMarkerProps {
  marker: Marker;
  onStartAgain: () => void;
}

/** What another tab saved, shown when this tab's save was refused, with a way to edit that version instead. */
export function StoredMarker({ marker, onStartAgain }: StoredMarkerProps) {
  return (
    <div className="stored-marker" data-testid="stored-marker">
      <p>Saved now:</p>
      <dl>
        <dt>Title</dt>
        <dd>{marker.title}</dd>
        <dt>Date</dt>
        <dd>
          {marker.start}
          {marker.end ? ` to ${marker.end}` : ''}
        </dd>
        <dt>Type</dt>
        <dd>{typeLabel(marker.type)}</dd>
        {marker.description && (
          <>
            <dt>Description</dt>
            <dd>{marker.description}</dd>
          </>
        )}
      </dl>
      <button type="button" onClick={onStartAgain}>
        Edit the saved version
      </button>
    </div>
  );
}
