import { useCallback, useEffect, useMemo, useState } from 'react';
import { EVENT_LEGEND } from '../chart-events/event-layer';
import { CoverageCaveat } from '../../charts/schools-reporting';
import { coverageBasisOf } from '../../data/coverage-basis';
import type { ChartFigures } from '../../charts/chart-figures';
import { SeriesTable } from '../../charts/series-table';
import { toChartModel, type ChartPeriod } from '../../charts/series-model';
import { styleFor } from '../../charts/time-series-chart';
import { manifest } from '../../data/default-data';
import { isAttendanceMeasure } from '../../data/ees/attendance-measures';
import { ENGLAND, REGIONS } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import { explainMissing, explainPeriodGap } from '../../data/ees/missing-values';
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
import { datasetChoices, emphasisFor, readChoices, toSeriesRequest } from '../trend-choices/trend-choices';

/** A one-area choice below authority level (a school) takes its filter defaults from its own rows. */
const oneAreaOf = (geography: string) => geoOf(geography, 'area');

const LINE_ORDER = [ENGLAND.code, ...REGIONS.map((r) => r.code)];
let firstChartMarked = false;

export function TrendView() {
  const { datasets, jobs, savedFiles, problems } = useDatasets();
  const [params, setParams] = useUrlParams();
  const all = datasetChoices(datasets, manifest.datasets);
  const read = readChoices(params, datasets, all);
  const defaults = useFilterDefaults(
    read.dataset,
    read.phase,
    params,
    revisionOf(datasets, read.datasetId),
    read.filters,
    oneAreaOf(read.geography),
  );
  const choices = { ...read, filters: defaults.filters };
  const authority = geoOf(choices.geography, 'authority');
  const request = toSeriesRequest(choices);
  const revision = revisionOf(datasets, choices.datasetId);
  const unoffered = unofferedColumns(choices.dataset);
  const renderKey = JSON.stringify([request, revision, choices.multiples]);
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

  const model = useMemo(() => toChartModel(rows, LINE_ORDER), [rows]);
  // A very long series of many areas draws its first lines only; the legend draws the others on request.
  const heldBack = useMemo(() => linesOverLimit(model), [model]);
  const hidden = useMemo(() => hiddenLines(heldBack, toggled), [heldBack, toggled]);
  // The alliance's events are about attendance: drawn by default on its measures, elsewhere only when asked.
  const eventsByDefault = isAttendanceMeasure(drawn.indicator);
  const { events: eventsChoice } = trendsUrl.parse(params);
  const showEvents = eventsChoice === 'shown' || (eventsByDefault && eventsChoice !== 'hidden');
  const events = useChartEvents(drawn.geography, rows, showEvents);
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
  const format = useCallback((value: number) => formatValue(value, decimals, unit), [decimals, unit]);
  const explainGap = useCallback(
    (period: ChartPeriod, key: string) =>
      explainPeriodGap(period.label, grain) ?? explainMissing(period.flags[key]),
    [grain],
  );
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
  const title = indicator
    ? `${indicator.label}${choices.phase !== 'Total' ? `, ${choices.phase.toLowerCase()}` : ''}${choices.term ? `, ${choices.term.toLowerCase()} only` : ''}`
    : availability.kind === 'missing'
      ? 'File not in this browser'
      : availability.kind === 'not-loaded'
        ? 'File not loaded this time'
        : availability.kind === 'failed'
          ? 'Hosted set not loaded'
          : 'Loading data…';
  const legend = model.lines.map((line, index) => {
    const style = styleFor(line.key, index, emphasis);
    return { name: line.name, colour: style.colour, dash: style.dash };
  });
  const csvRows = () =>
    rows.map((row) => ({
      ...row,
      indicator: drawn.indicator?.column,
      phase: drawn.phase,
      value: row.value === null ? null : Number(row.value.toFixed(decimals)),
    }));
  const canMultiply = model.lines.length > 2;
  const counted = model.periods.some((period) => period.schools);

  return (
    <section aria-labelledby="trend-title" className="panel">
      <h2 id="trend-title">{title}</h2>
      <TrendControls choices={choices} all={all} setParams={setParams} />
      <ChartFrame
        title={title}
        renderKey={renderKey}
        ready={ready}
        csv={{
          columns: [
            'period',
            'period_start',
            'area_code',
            'area_name',
            'indicator',
            'phase',
            'value',
            'flag',
            ...(counted ? ['schools', 'schools_total'] : []),
          ],
          rows: csvRows,
        }}
        legend={showEvents ? [...legend, ...EVENT_LEGEND] : legend}
        sql={sql}
        table={<SeriesTable caption={title} {...figures} />}
        note={
          <>
            {choices.grain === 'Term' && !choices.term && (
              <p className="chart-note">
                Absence is seasonal (it rises from autumn to summer): compare a term with the same term of
                other years using “Terms”.
              </p>
            )}
            {heldBack.length > 0 && (
              <p className="chart-note" data-testid="lines-held-back">
                {model.lines.length - heldBack.length} of {model.lines.length} lines drawn:{' '}
                {rows.length.toLocaleString('en-GB')} figures are more than the chart can redraw at once. Draw
                others from the legend, or use Small multiples; the table and CSV hold every figure.
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
        {availability.kind === 'missing' ? (
          <MissingDataset
            id={choices.datasetId}
            onAdded={(ds) => setParams(trendsUrl.write({ dataset: ds }))}
          />
        ) : availability.kind === 'failed' ? (
          <p role="alert" data-testid="hosted-failed">
            {availability.message}
          </p>
        ) : query.isError ? (
          <p role="alert">The chart’s query failed: {query.error.message}</p>
        ) : model.periods.length ? (
          choices.multiples && canMultiply ? (
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
        ) : ready && defaults.empty && dataset ? (
          <EmptyChoiceNote explanation={defaults.empty} filters={dataset.filters} setParams={setParams} />
        ) : (
          <p className="chart-empty">
            {waitingFor
              ? `Loading ${waitingFor.title}…`
              : availability.kind === 'coming' && availability.hosted
                ? `Loading the hosted set “${choices.datasetId}”…`
                : availability.kind === 'coming' && availability.title
                  ? `Loading ${availability.title}, kept in this browser…`
                  : availability.kind === 'not-loaded'
                    ? `${availability.title} is kept in this browser but was not loaded this time. Open Data files to see why, and to load it again.`
                    : request
                      ? query.isFetching
                        ? 'Drawing…'
                        : 'No figures for these choices.'
                      : 'Loading the default data…'}
          </p>
        )}
      </ChartFrame>
      <button type="button" onClick={() => addMarker()}>
        Add marker
      </button>{' '}
      {canMultiply && (
        <button
          type="button"
          aria-pressed={choices.multiples}
          onClick={() => setParams(trendsUrl.write({ multiples: !choices.multiples }))}
        >
          Small multiples
        </button>
      )}
      {!eventsByDefault && indicator && (
        <label className="events-switch">
          <input
            type="checkbox"
            checked={showEvents}
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
