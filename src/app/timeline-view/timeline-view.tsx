import { useMemo, useState } from 'react';
import { typeLabel } from '../chart-events/event-details';
import { CONFIDENCE_LEVELS, EVENT_TYPES, type Marker, type TimelineEvent } from '../../timeline/event';
import { SelectField } from '../../ui/select-field';
import { curatedErrors, curatedEvents, describeCuratedError } from '../../timeline/curated-events';
import { MarkerAlert } from '../markers/marker-alert';
import type { MarkerRequest } from '../markers/marker-draft';
import { MarkerForm } from '../markers/marker-form';
import { MarkerList } from '../markers/marker-list';
import { MarkerShare } from '../markers/marker-share';
import { useAreaDirectory } from '../markers/use-area-directory';
import { useMarkers } from '../markers/use-markers';
import { useUrlParams } from '../url-state';
import { timelineUrl } from '../url/timeline-url';
import { EventList } from './event-list';
import { filterChoices, filterEvents, readFilters, type EventFilters } from './event-filters';
import '../markers/markers.css';
import './timeline-view.css';

const ANY = { value: '', label: 'Any' };

/** The alliance timeline and the member's markers as a filterable list, with the tools to add and share markers. */
export function TimelineView() {
  const [params, setParams] = useUrlParams();
  const filters = readFilters(params);
  const directory = useAreaDirectory();
  const { markers } = useMarkers();
  const [request, setRequest] = useState<MarkerRequest | null>(null);
  const all = useMemo<(TimelineEvent | Marker)[]>(
    () => [...curatedEvents, ...markers].sort((a, b) => a.start.localeCompare(b.start)),
    [markers],
  );
  const choices = useMemo(() => filterChoices(all, directory.nameOf), [all, directory]);
  const shown = filterEvents(all, filters, directory.laToRegion);
  const filtered = Object.values(filters).some((value) => value !== '');
  const set = (key: keyof EventFilters) => (value: string) => setParams(timelineUrl.write({ [key]: value }));

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Alliance timeline</h2>
      <p>
        What the Attendance Action Alliance and DfE did, from the Alliance’s meeting notes and public sources,
        with your own markers. The same events are drawn on every chart of the areas they concern.
      </p>
      {curatedErrors.length > 0 && (
        <div className="marker-alert" role="alert">
          <p>
            {curatedErrors.length} rows of the curated timeline could not be read and are left out of the list
            and the charts:
          </p>
          <ul>
            {curatedErrors.map((error, index) => (
              <li key={index}>{describeCuratedError(error)}</li>
            ))}
          </ul>
        </div>
      )}
      <MarkerAlert />
      <div className="timeline-layout">
        <div>
          <div className="controls" role="group" aria-label="Filter events">
            <SelectField
              label="Type"
              value={filters.type}
              options={[ANY, ...EVENT_TYPES.map((t) => ({ value: t, label: typeLabel(t) }))]}
              onChange={set('type')}
            />
            <SelectField
              label="Organisation"
              value={filters.organisation}
              options={[ANY, ...choices.organisations.map((o) => ({ value: o, label: o }))]}
              onChange={set('organisation')}
            />
            <SelectField label="Area" value={filters.area} options={choices.areas} onChange={set('area')} />
            <SelectField
              label="Confidence"
              value={filters.confidence}
              options={[ANY, ...CONFIDENCE_LEVELS.map((c) => ({ value: c, label: c }))]}
              onChange={set('confidence')}
            />
            <SelectField
              label="Origin"
              value={filters.origin}
              options={[
                ANY,
                { value: 'curated', label: 'Alliance timeline' },
                { value: 'marker', label: 'Your markers' },
              ]}
              onChange={set('origin')}
            />
          </div>
          <div className="timeline-actions">
            <button type="button" onClick={() => setRequest({ mode: 'add' })}>
              Add marker
            </button>
            {filtered && (
              <button type="button" onClick={() => setParams(timelineUrl.clear())}>
                Clear filters
              </button>
            )}
          </div>
          <p className="timeline-count" role="status">
            Showing {shown.length} of {all.length} events
          </p>
          <EventList events={shown} />
        </div>
        <div>
          <MarkerList onEdit={(marker) => setRequest({ mode: 'edit', marker })} />
          <MarkerShare />
        </div>
      </div>
      <MarkerForm request={request} onClose={() => setRequest(null)} />
    </section>
  );
}
