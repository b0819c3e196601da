import { useId, useState, type ChangeEvent } from 'react';
import { formatBytes } from '../../data/format-bytes';
import type { Marker } from '../../timeline/event';
import { eventsToIcs, markersToCsv, markersToJson } from '../../timeline/marker-export';
import { importMarkerFile, keepBoth, MAX_IMPORT_BYTES, type RejectedRow } from '../../timeline/marker-import';
import { download } from '../../ui/download';
import { MarkerLinkButton } from './marker-link-button';
import { RejectedList } from './rejected-list';
import { useMarkers } from './use-markers';
import './markers.css';

interface Report {
  fileName: string;
  /** The whole file was refused: nothing was read from it. */
  refused: string | null;
  saved: number;
  rejected: RejectedRow[];
  failure: string | null;
}

const FILE = 'attendance-lens-markers';

/** Export markers as JSON, CSV or iCalendar; import JSON or CSV, asking before any saved marker is replaced. */
export function MarkerShare() {
  const inputId = useId();
  const { markers, importBatch } = useMarkers();
  const [report, setReport] = useState<Report | null>(null);
  const [conflicts, setConflicts] = useState<Marker[]>([]);
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const result = await importMarkerFile(
        file,
        markers.map((m) => m.id),
      );
      const clashing = new Set(result.conflicts);
      const fresh = result.accepted.filter((m) => !clashing.has(m.id));
      const saved = fresh.length ? await importBatch({ add: fresh, replace: [] }) : { ok: true as const };
      setReport({
        fileName: file.name,
        refused: null,
        saved: saved.ok ? fresh.length : 0,
        rejected: result.rejected,
        failure: saved.ok ? null : saved.message,
      });
      setConflicts(result.accepted.filter((m) => clashing.has(m.id)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setReport({ fileName: file.name, refused: message, saved: 0, rejected: [], failure: null });
      setConflicts([]);
    } finally {
      setBusy(false);
    }
  };

  const resolve = async (chosen: readonly Marker[], how: 'replace' | 'keep') => {
    const taken = new Set([...markers, ...conflicts].map((m) => m.id));
    const copies = chosen.map((marker) => {
      const copy = keepBoth(marker, taken);
      taken.add(copy.id);
      return copy;
    });
    const result = await importBatch(
      how === 'replace' ? { add: [], replace: [...chosen] } : { add: copies, replace: [] },
    );
    if (result.ok) setConflicts((current) => current.filter((m) => !chosen.includes(m)));
    setReport(
      (r) =>
        r && {
          ...r,
          saved: r.saved + (result.ok ? chosen.length : 0),
          failure: result.ok ? null : result.message,
        },
    );
  };

  const none = markers.length === 0;
  return (
    <section className="marker-share" aria-labelledby="marker-share-title">
      <h3 id="marker-share-title">Share markers</h3>
      <div className="marker-share-buttons">
        <button
          type="button"
          disabled={none}
          onClick={() => download(`${FILE}.json`, markersToJson(markers), 'application/json')}
        >
          Export JSON
        </button>
        <button
          type="button"
          disabled={none}
          onClick={() => download(`${FILE}.csv`, markersToCsv(markers), 'text/csv;charset=utf-8')}
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={none}
          onClick={() => download(`${FILE}.ics`, eventsToIcs(markers), 'text/calendar;charset=utf-8')}
        >
          Export iCalendar
        </button>
      </div>
      <MarkerLinkButton markers={markers} />
      <div className="file-drop">
        <label htmlFor={inputId} className="button">
          Import markers
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          className="visually-hidden-input"
          disabled={busy}
          onChange={(e) => void choose(e)}
        />
        <span className="hint">JSON or CSV from “Export”, up to {formatBytes(MAX_IMPORT_BYTES)}</span>
      </div>
      {report && <ImportReport report={report} waiting={conflicts.length} />}
      {conflicts.length > 0 && (
        <div className="import-conflicts" role="group" aria-labelledby="import-conflicts-title">
          <p id="import-conflicts-title">
            {conflicts.length === 1 ? '1 imported marker has' : `${conflicts.length} imported markers have`}{' '}
            the id of a saved marker. Replace the saved one, or keep both (the imported copy gets a new id)?
          </p>
          <ul>
            {conflicts.map((marker) => (
              <li key={marker.id}>
                <span>
                  <strong>{marker.title}</strong> <span className="hint">id {marker.id}</span>
                </span>
                <button
                  type="button"
                  aria-label={`Replace ${marker.id}`}
                  onClick={() => void resolve([marker], 'replace')}
                >
                  Replace
                </button>
                <button
                  type="button"
                  aria-label={`Keep both ${marker.id}`}
                  onClick={() => void resolve([marker], 'keep')}
                >
                  Keep both
                </button>
              </li>
            ))}
          </ul>
          {conflicts.length > 1 && (
            <p>
              <button type="button" onClick={() => void resolve(conflicts, 'replace')}>
                Replace all
              </button>{' '}
              <button type="button" onClick={() => void resolve(conflicts, 'keep')}>
                Keep both for all
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function ImportReport({ report, waiting }: { report: Report; waiting: number }) {
  if (report.refused)
    return (
      <div className="import-report import-refused" role="alert">
        <p>
          Nothing was imported from {report.fileName}. {report.refused}
        </p>
      </div>
    );
  const { saved, rejected } = report;
  return (
    <div className="import-report" role="status">
      <p>
        {report.fileName}: imported {saved === 1 ? '1 marker' : `${saved} markers`}
        {rejected.length > 0 &&
          `; ${rejected.length === 1 ? '1 row was' : `${rejected.length} rows were`} rejected`}
        {waiting > 0 && `; ${waiting} ${waiting === 1 ? 'waits' : 'wait'} for your answer below`}.
      </p>
      {rejected.length > 0 && <RejectedList rejected={rejected} />}
      {report.failure && <p role="alert">{report.failure}</p>}
    </div>
  );
}
