import { useId, useState } from 'react';
import type { Marker } from '../../timeline/event';
import { markersToFragment } from '../../timeline/marker-link';

/**
 * "Share as a link": the markers go, compressed, into the link's fragment (after #), which browsers never send to
 * a server, so nothing leaves the browser until the member sends the link to someone.
 */
export function MarkerLinkButton({ markers }: { markers: readonly Marker[] }) {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const make = async () => {
    const fragment = markersToFragment(markers);
    if (fragment === null) {
      setLink(null);
      setNote('These markers are too many for a link. Export them as a file instead.');
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}?view=timeline#${fragment}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNote(`Link to ${markers.length === 1 ? '1 marker' : `${markers.length} markers`} copied.`);
    } catch {
      // Clipboard access can be refused (permissions, an insecure page); the link is still there to copy by hand.
      setNote('Copy the link below to share it.');
    }
  };
  return (
    <div className="marker-link">
      <button type="button" disabled={markers.length === 0} onClick={() => void make()}>
        Share as a link
      </button>
      <p role="status" className="hint">
        {note}
      </p>
      {link && (
        <p className="marker-link-field">
          <label htmlFor={id}>Link to your markers</label>
          <input
            id={id}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
