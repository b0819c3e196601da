import { useEffect, useMemo, useState } from 'react';
import { formatEventDate, typeLabel } from '../chart-events/event-details';
import type { Marker } from '../../timeline/event';
import { markerData, markersFromLink } from '../../timeline/marker-link';
import type { RejectedRow } from '../../timeline/marker-import';
import { dropFragment } from '../url-state';
import { RejectedList } from './rejected-list';
import { useMarkers } from './use-markers';
import './markers.css';

type Offer =
  | { kind: 'offer'; fresh: Marker[]; known: Marker[]; rejected: RejectedRow[] }
  | { kind: 'refused'; message: string }
  | { kind: 'done'; message: string };

/**
 * Opening a shared-markers link: the markers it carries are listed and nothing is saved until the member says so.
 * A damaged or oversized link gets a message and changes nothing.
 */
export function SharedMarkersPrompt() {
  const { markers, status, importBatch } = useMarkers();
  const [data, setData] = useState(() => markerData(window.location.hash));
  const [outcome, setOutcome] = useState<Offer | null>(null);
  useEffect(() => {
    const changed = () => {
      setOutcome(null);
      setData(markerData(window.location.hash));
    };
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  useEffect(() => {
    // The markers leave the address, so a reload or a copied address does not offer them again.
    if (data !== null) dropFragment();
  }, [data]);
  // Saved markers are read first, so a marker already saved is recognised as such.
  const offered = useMemo((): Offer | null => {
    if (data === null || status !== 'ready') return null;
    try {
      const result = markersFromLink(
        data,
        markers.map((m) => m.id),
      );
      const known = new Set(result.conflicts);
      return {
        kind: 'offer',
        fresh: result.accepted.filter((m) => !known.has(m.id)),
        known: result.accepted.filter((m) => known.has(m.id)),
        rejected: result.rejected,
      };
    } catch (error) {
      return { kind: 'refused', message: error instanceof Error ? error.message : String(error) };
    }
  }, [data, status, markers]);
  const offer = outcome ?? offered;
  const finish = (next: Offer | null) => {
    setData(null);
    setOutcome(next);
  };

  if (!offer) return null;
  if (offer.kind !== 'offer')
    return (
      <section
        className={`shared-markers${offer.kind === 'refused' ? ' import-refused' : ''}`}
        role={offer.kind === 'refused' ? 'alert' : 'status'}
        aria-label="Shared markers"
      >
        <p>
          {offer.kind === 'refused'
            ? `The markers in this link could not be read: ${offer.message}. Nothing was saved; your markers are unchanged.`
            : offer.message}
        </p>
        <button type="button" onClick={() => finish(null)}>
          Dismiss
        </button>
      </section>
    );
  const { fresh, known, rejected } = offer;
  const save = async () => {
    const result = await importBatch({ add: fresh, replace: [] });
    finish({
      kind: 'done',
      message: result.ok
        ? `Saved ${fresh.length === 1 ? '1 shared marker' : `${fresh.length} shared markers`}: ${fresh.map((m) => `“${m.title}”`).join(', ')}.`
        : `Nothing more was saved: ${result.message}`,
    });
  };
  return (
    <section className="shared-markers" aria-labelledby="shared-markers-title">
      <h2 id="shared-markers-title">Markers shared with you</h2>
      <p>
        {fresh.length + known.length === 0
          ? 'This link holds no marker that can be saved.'
          : `This link holds ${fresh.length + known.length === 1 ? '1 marker' : `${fresh.length + known.length} markers`}. ${
              fresh.length > 0
                ? 'Nothing is saved unless you choose to.'
                : known.length === 1
                  ? 'It is already saved here.'
                  : 'They are all already saved here.'
            }`}
      </p>
      <ul>
        {[...fresh, ...known].map((marker) => (
          <li key={marker.id} data-marker-id={marker.id}>
            <strong>{marker.title}</strong>{' '}
            <span className="hint">
              {formatEventDate(marker)} · {typeLabel(marker.type)}
              {known.includes(marker) && ' · already saved here'}
            </span>
          </li>
        ))}
      </ul>
      {rejected.length > 0 && (
        <>
          <p className="hint">
            {rejected.length === 1 ? '1 entry was' : `${rejected.length} entries were`} left out:
          </p>
          <RejectedList rejected={rejected} />
        </>
      )}
      {fresh.length === 0 ? (
        <p>
          <button type="button" onClick={() => finish(null)}>
            Dismiss
          </button>
        </p>
      ) : (
        <p>
          <button type="button" onClick={() => void save()}>
            {fresh.length === 1 ? 'Save this marker' : `Save these ${fresh.length} markers`}
          </button>{' '}
          <button
            type="button"
            onClick={() => finish({ kind: 'done', message: 'No shared markers were saved.' })}
          >
            Don’t save
          </button>
        </p>
      )}
    </section>
  );
}
