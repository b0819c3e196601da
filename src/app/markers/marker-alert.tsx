import { useMarkers } from './use-markers';
import './markers.css';

/** A failed read or save of markers, said where it happened; whatever was saved before is still listed. */
export function MarkerAlert() {
  const { error, clearError } = useMarkers();
  if (!error) return null;
  return (
    <div className="marker-alert" role="alert">
      <p>{error}</p>
      <p className="hint">Markers saved before this are unchanged.</p>
      <button type="button" onClick={clearError}>
        Dismiss
      </button>
    </div>
  );
}
