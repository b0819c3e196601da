import { useCallback, useEffect, useMemo, useState } from 'react';
import { EVENT_LEGEND } from '../chart-events/event-layer';
import { CoverageCaveat } from '../../charts/schools-reporting';
import { coverageBasisOf } from '../../data/coverage-basis';
import type { ChartFigures } from '../../charts/chart-figures';
import { SeriesTable } from '../../charts/series-table';
import { styleFor } from '../../charts/time-series-chart';
import { manifest } from '../../data/default-data';
import { ENGLAND } from '../../data/ees/geography';
import { unofferedColumns } from '../../data/ees/repeated-rows';
import { seriesQueryOptions } from '../../queries/series-query-options';
import { useDrawnAnswer } from '../../queries/use-answer';
import { ChartFrame } from '../chart-frame';
import { datasetAvailability } from '../../data/datasets/dataset-availability';
import { MissingDataset } from '../missing-dataset';
import { revisionOf, useDatasets, useNeededDatasets } from '../../queries/use-datasets';
import { MarkerAlert } from '../markers/marker-alert';
import type { MarkerRequest } from '../markers/marker-draft';
import { MarkerForm } from '../markers/marker-form';
import { useChartEvents } from '../chart-events/use-chart-events';
import { EventsChart } from '../chart-events/events-chart';
import { EventsSmallMultiples } from '../chart-events/events-small-multiples';
import { useHiddenLines } from '../use-hidden-lines';
import { hiddenLines, linesOverLimit } from '../../charts/drawn-lines';
import { useUrlParams } from '../url-state';
import { geoOf } from '../url/geo-code';
import { neighboursLink } from '../url/neighbours-url';
import { trendsUrl } from '../url/trends-url';
import { EmptyChoiceNote } from './empty-choice-note';
import { LargestAreasNote } from './largest-areas-note';
import { RegionPartsNote } from './region-parts-note';
import { PassedOverNote, RepeatedRowsNote } from './repeated-rows-note';
import { AxisChoice } from '../trend-choices/axis-choice';
import { TrendControls } from '../trend-choices/trend-controls';
import { useFilterDefaults } from './use-filter-defaults';
import { datasetChoices, emphasisFor, readChoices } from '../trend-choices/trend-choices';
import {
  canMultiply,
  drawnFigures,
  eventsChoice,
  heldBackNote,
  oneAreaOf,
  seasonalNote,
  trendAsk,
  trendBody,
  trendChartModel,
  trendCsv,
  trendTitle,
} from './trend-model';

let firstChartMarked = false;

export function TrendView() {
  const { datasets, jobs, savedFiles, problems } = useDatasets();
  const [params, setParams] = useUrlParams();
  const all = datasetChoices(datasets, manifest.datasets);
  const read = readChoices(params, datasets, all);
  const revision = revisionOf(datasets, read.datasetId);
  const defaults = useFilterDefaults(
    read.dataset,
    read.phase,
    params,
    revision,
    read.filters,
    oneAreaOf(read.geography),
  );
  const { choices, request, renderKey } = trendAsk(read, defaults.filters, revision);
  const authority = geoOf(choices.geography, 'authority');
  const unoffered = unofferedColumns(choices.dataset);
  // Ready once the query for these choices has answered, even when the answer is "no figures"; until then the
  // chart keeps its rows and the choices they came from, so it does not redraw twice.
  const answer = useDrawnAnswer(seriesQueryOptions(request, revision, unoffered), choices, renderKey);
  const { query, rows, sql, ready, drawn } = answer;
  const [toggled, toggle] = useHiddenLines();

  const waitingFor = all.find((d) => d.id === choices.datasetId && !d.loaded && d.origin === 'default');
  useNeededDatasets(waitingFor?.id);
  // A link to an added file: it loads from this browser's storage, or is not here at all.
  const availability = datasetAvailability(
    choices.datasetId,
    { datasets, jobs, savedFiles, problems },
    manifest.datasets.map((d) => d.id),
  );

  const model = useMemo(() => trendChartModel(rows), [rows]);
  // A very long series of many areas draws its first lines only; the legend draws the others on request.
  const heldBack = useMemo(() => linesOverLimit(model), [model]);
  const hidden = useMemo(() => hiddenLines(heldBack, toggled), [heldBack, toggled]);
  const showEvents = eventsChoice(drawn.indicator, trendsUrl.parse(params).events);
  const events = useChartEvents(drawn.geography, rows, showEvents.shown);
  const title = trendTitle(choices.indicator, choices.phase, choices.term, availability);
  const body = trendBody({
    availability,
    datasetId: choices.datasetId,
    error: query.error,
    model,
    multiples: choices.multiples,
    emptyChoice: ready && Boolean(defaults.empty && choices.dataset),
    waitingFor,
    request,
    fetching: query.isFetching,
  });
  const [markerRequest, setMarkerRequest] = useState<MarkerRequest | null>(null);
  const areaCode = events.area.code;
  const addMarker = useCallback(
    (start?: string) => setMarkerRequest({ mode: 'add', start, areaCode }),
    [areaCode],
  );
  const { indicator, dataset } = choices;
  const decimals = drawn.indicator?.decimals ?? 2;
  const unit = drawn.indicator?.unit ?? '';
  const grain = drawn.dataset?.grains[0] ?? '';
  const { format, explainGap } = useMemo(() => drawnFigures(decimals, unit, grain), [decimals, unit, grain]);
  const figures: ChartFigures = { model, unit, formatValue: format, explainGap };
  const hasFigures = ready && model.periods.length > 0;

  useEffect(() => {
    if (hasFigures && !firstChartMarked) {
      firstChartMarked = true;
      // A built page has shown a copy of this chart since its first paint (scripts/prerender-first-view.ts) and
      // marked it then; this is when the chart can be used.
      if (performance.getEntriesByName('lens:first-chart').length === 0) performance.mark('lens:first-chart');
      performance.mark('lens:first-chart-live');
    }
  }, [hasFigures]);

  const drawnGeography = drawn.geography;
  const emphasis = useMemo(() => emphasisFor(drawnGeography), [drawnGeography]);
  const legend = model.lines.map((line, index) => {
    const style = styleFor(line.key, index, emphasis);
    return { name: line.name, colour: style.colour, dash: style.dash };
  });
  const counted = model.periods.some((period) => period.schools);
  const seasonal = seasonalNote(choices.grain, choices.term);
  const linesNote = heldBackNote(model, heldBack, rows.length);

  return (
    <section aria-labelledby="trend-title" className="panel">
      <h2 id="trend-title">{title}</h2>
      <TrendControls choices={choices} all={all} setParams={setParams} />
      <ChartFrame
        title={title}
        renderKey={renderKey}
        ready={ready}
        csv={trendCsv(rows, drawn, counted)}
        legend={showEvents.shown ? [...legend, ...EVENT_LEGEND] : legend}
        sql={sql}
        table={<SeriesTable caption={title} {...figures} />}
        note={
          <>
            {seasonal && <p className="chart-note">{seasonal}</p>}
            {linesNote && (
              <p className="chart-note" data-testid="lines-held-back">
                {linesNote}
              </p>
            )}
            {dataset && <RegionPartsNote dataset={dataset} geography={drawn.geography} />}
            {drawn.dataset && ready && (
              <LargestAreasNote
                dataset={drawn.dataset}
                geography={drawn.geography}
                indicatorLabel={drawn.indicator?.label ?? ''}
                rows={rows}
              />
            )}
            {dataset && (
              <PassedOverNote
                passedOver={defaults.passedOver}
                chosen={choices.filters}
                filters={dataset.filters}
              />
            )}
            {ready && (
              <RepeatedRowsNote
                repeats={query.data?.repeats ?? []}
                differing={query.data?.differing ?? []}
                formatValue={format}
              />
            )}
            {counted && <CoverageCaveat counted basis={coverageBasisOf(dataset)} />}
          </>
        }
      >
        {body.kind === 'missing' ? (
          <MissingDataset
            id={choices.datasetId}
            onAdded={(ds) => setParams(trendsUrl.write({ dataset: ds }))}
          />
        ) : body.kind === 'unavailable' ? (
          <p role="alert" data-testid="hosted-failed">
            {body.message}
          </p>
        ) : body.kind === 'failed' ? (
          <p role="alert">The chart’s query failed: {body.message}</p>
        ) : body.kind === 'chart' || body.kind === 'multiples' ? (
          body.kind === 'multiples' ? (
            <EventsSmallMultiples {...figures} referenceKey={ENGLAND.code} events={events} />
          ) : (
            <EventsChart
              {...figures}
              emphasis={emphasis}
              hidden={hidden}
              onPickDate={addMarker}
              fromZero={choices.fromZero}
              events={events}
              onToggle={toggle}
            />
          )
        ) : body.kind === 'empty-choice' && defaults.empty && dataset ? (
          <EmptyChoiceNote explanation={defaults.empty} filters={dataset.filters} setParams={setParams} />
        ) : (
          <p className="chart-empty">{body.kind === 'message' ? body.text : ''}</p>
        )}
      </ChartFrame>
      <button type="button" onClick={() => addMarker()}>
        Add marker
      </button>{' '}
      {canMultiply(model) && (
        <button
          type="button"
          aria-pressed={choices.multiples}
          onClick={() => setParams(trendsUrl.write({ multiples: !choices.multiples }))}
        >
          Small multiples
        </button>
      )}
      {!showEvents.byDefault && indicator && (
        <label className="events-switch">
          <input
            type="checkbox"
            checked={showEvents.shown}
            onChange={(event) =>
              setParams(trendsUrl.write({ events: event.target.checked ? 'shown' : undefined }))
            }
          />{' '}
          Show the alliance’s attendance events
        </label>
      )}
      <AxisChoice fromZero={choices.fromZero} setParams={setParams} />
      {authority && (
        <button type="button" onClick={() => setParams(neighboursLink(authority.code))}>
          Compare with its statistical neighbours
        </button>
      )}
      <MarkerAlert />
      <MarkerForm request={markerRequest} onClose={() => setMarkerRequest(null)} />
      {dataset?.source && <p className="source">Source: {dataset.source}</p>}
    </section>
  );
}
