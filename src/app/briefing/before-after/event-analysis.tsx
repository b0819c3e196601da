import { dateToX } from '../../chart-events/event-geometry';
import { formatEventDate, statusSuffix } from '../../chart-events/event-details';
import { ENGLAND, REGIONS } from '../../../data/ees/geography';
import { analysisQueryOptions } from '../../../queries/analysis-query-options';
import { useAnswer } from '../../../queries/use-answer';
import type { TimelineEvent } from '../../../timeline/event';
import { eventConcernsArea, eventsForArea, isEnglandWide } from '../../../timeline/event-scope';
import { SelectField, type SelectOption } from '../../../ui/select-field';
import { revisionOf, useDatasets, useNeededDatasets } from '../../../queries/use-datasets';
import { ChartEventsScope } from '../../chart-events/use-events-on-chart';
import { useUrlParams } from '../../url-state';
import { briefingUrl } from '../../url/briefing-url';
import { periodDates } from './analysis-model';
import {
  analysisRequest,
  eventDate,
  findArea,
  MEASURES,
  overlappingEvents,
  comparablePoints,
  schoolCoverage,
  toPoints,
} from './analysis-series';
import { BeforeAfterPanel } from './before-after-panel';
import { DidPanel } from './did-panel';
import { EventSummary } from './event-summary';
import { ItsPanel } from './its-panel';
import './analysis.css';

/** The statutory attendance guidance is the default: the latest national change with data on both sides. */
const DEFAULT_TAG = 'statutory-guidance';

const eventLabel = (event: TimelineEvent): string =>
  `${formatEventDate(event)} · ${event.title}${statusSuffix(event.status)}${event.confidence === 'likely' ? ' (date likely)' : ''}`;

function eventOptions(events: readonly TimelineEvent[]): SelectOption[] {
  return events.map((event) => ({
    value: `${event.origin}:${event.id}`,
    label: eventLabel(event),
    group: event.origin === 'marker' ? 'Your markers' : 'Alliance timeline',
  }));
}

/** Pick an event or marker, a measure and an area, and see like periods, a trend break and a local comparison. */
export function EventAnalysis({ events }: { events: readonly TimelineEvent[] }) {
  const [params, setParams] = useUrlParams();
  const url = briefingUrl.parse(params);
  const { datasets } = useDatasets();
  const chosen = MEASURES.find((m) => m.id === url.measure) ?? MEASURES[0];
  const dataset = datasets.find((d) => d.id === chosen?.datasetId);
  // Observed figures are shown with the decimal places they are published with.
  const decimals = dataset?.indicators.find((i) => i.column === chosen?.indicator)?.decimals;
  const measure = chosen && decimals !== undefined ? { ...chosen, decimals } : chosen;
  const key = (event: TimelineEvent) => `${event.origin}:${event.id}`;
  const fallback =
    events.filter((e) => e.tags.includes(DEFAULT_TAG) && e.type === 'guidance').at(-1) ?? events[0];
  const event = events.find((e) => key(e) === url.event) ?? fallback;
  const area = findArea(dataset, url.area ?? ENGLAND.code);
  const request = measure && dataset ? analysisRequest(measure, dataset, area) : null;
  const revision = revisionOf(datasets, measure?.datasetId);
  const { query, rows, sql } = useAnswer(analysisQueryOptions(request, revision), false);

  const waiting = measure && !dataset ? measure.datasetId : null;
  useNeededDatasets(waiting);

  if (!measure || !event) return <p>There are no events to analyse yet.</p>;
  const laToRegion = new Map(
    (dataset?.areas ?? []).flatMap((a) => (a.regionCode ? [[a.code, a.regionCode] as const] : [])),
  );
  const level =
    area.level === 'National' ? 'national' : area.level === 'Regional' ? 'regional' : 'local-authority';
  const inScope = eventsForArea(events, { level, code: area.code }, laToRegion);
  // Only events that concern the whole area are listed beside its change; other areas' events are not (issue #26).
  const otherEvents = overlappingEvents(
    event,
    inScope.filter((e) => eventConcernsArea(e, { level, code: area.code }, laToRegion)),
  );
  const points = comparablePoints(toPoints(rows, area.code), measure);
  const coverage = schoolCoverage(rows, area.code);
  const date = eventDate(event);
  const eventMark = { x: dateToX(event.start), label: formatEventDate(event) };
  const ready = query.isSuccess && !query.isFetching && dataset !== undefined;
  const localAreas = (dataset?.areas ?? []).filter((a) => a.level === 'Local authority');
  const named = localAreas.filter((a) => event.areaCodes.includes(a.code));
  const areaOptions: SelectOption[] = [
    { value: ENGLAND.code, label: ENGLAND.name, group: 'England and regions' },
    ...REGIONS.map((r) => ({ value: r.code, label: r.name, group: 'England and regions' })),
    ...named.map((a) => ({ value: a.code, label: a.name, group: 'Named by this event' })),
    ...localAreas
      .filter((a) => !event.areaCodes.includes(a.code))
      .map((a) => ({ value: a.code, label: a.name, group: 'Local authorities' })),
  ];
  const chooseEvent = (value: string) => {
    const next = events.find((e) => key(e) === value);
    // A local event is studied in the first area it names (the data may still be loading, so codes are enough).
    const local = next && !isEnglandWide(next) ? next.areaCodes : [];
    const firstNamed =
      localAreas.find((a) => local.includes(a.code))?.code ??
      local.find((code) => code.startsWith('E') && code !== ENGLAND.code);
    setParams(briefingUrl.write({ event: value, area: firstNamed ?? url.area, comparators: undefined }));
  };
  const section = (
    <section className="event-analysis" aria-labelledby="event-analysis-title">
      <h2 id="event-analysis-title">Before and after an event</h2>
      <div className="controls briefing-controls">
        <SelectField
          label="Event or marker"
          value={key(event)}
          options={eventOptions(events)}
          onChange={chooseEvent}
        />
        <SelectField
          label="Measure"
          value={measure.id}
          options={MEASURES.map((m) => ({ value: m.id, label: m.label }))}
          onChange={(value) => setParams(briefingUrl.write({ measure: value }))}
        />
        <SelectField
          label="Area"
          value={area.code}
          options={areaOptions}
          onChange={(value) => setParams(briefingUrl.write({ area: value, comparators: undefined }))}
          disabled={!dataset}
        />
      </div>
      <EventSummary event={event} />
      {query.isError && <p role="alert">The analysis query failed: {query.error.message}</p>}
      {!ready && !query.isError && <p className="chart-empty">Loading {measure.label.toLowerCase()}…</p>}
      {ready && points.length === 0 && (
        <p className="refusal" data-testid="no-figures">
          No analysis: the loaded file has no {measure.label.toLowerCase()} figure for {area.name} for all
          schools together (phase “Total”), so there is nothing to compare. Choose another area or measure.
        </p>
      )}
      {ready && points.length > 0 && (
        <div
          className="analysis-results"
          data-state="ready"
          data-analysis-key={`${key(event)}|${measure.id}|${area.code}`}
        >
          <BeforeAfterPanel
            measure={measure}
            points={points}
            date={date}
            areaName={area.name}
            otherEvents={otherEvents}
            coverage={coverage}
          />
          <ItsPanel
            measure={measure}
            points={points}
            dates={periodDates(rows)}
            date={date}
            eventEnd={event.precision === 'day' ? event.end : null}
            event={eventMark}
            areaName={area.name}
            otherEvents={otherEvents}
            sql={sql}
            coverage={coverage}
          />
          {area.level === 'Local authority' ? (
            <DidPanel
              measure={measure}
              dataset={dataset}
              revision={revision}
              area={area}
              event={event}
              date={date}
              eventMark={eventMark}
              otherEvents={otherEvents}
              allEvents={events}
              comparators={url.comparators ?? null}
              onComparators={(codes) => setParams(briefingUrl.write({ comparators: codes ?? undefined }))}
            />
          ) : (
            <p className="hint">
              A comparison with other areas (difference in differences) needs a local authority: choose one as
              the area
              {named.length > 0
                ? `, such as ${named.map((a) => a.name).join(', ')}, named by this event`
                : ''}
              .
            </p>
          )}
        </div>
      )}
    </section>
  );
  // The analysis charts mark the events of the chosen area, as every time chart does.
  return <ChartEventsScope value={inScope}>{section}</ChartEventsScope>;
}
