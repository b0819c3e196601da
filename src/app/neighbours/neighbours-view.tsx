import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { NeighboursChart, RANGE_COLOUR } from '../../charts/neighbours-chart';
import { CoverageCaveat } from '../../charts/schools-reporting';
import { coverageBasisOf } from '../../data/coverage-basis';
import { manifest } from '../../data/default-data';
import { REGIONS } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import {
  neighbourListsQueryOptions,
  neighboursQueryOptions,
  type NeighboursRequest,
} from '../../queries/neighbours-query-options';
import { useAnswer } from '../../queries/use-answer';
import { schoolsBeside } from '../../queries/schools-columns';
import { ChartFrame } from '../chart-frame';
import { revisionOf, useDatasets, useNeededDatasets } from '../../queries/use-datasets';
import { AxisChoice } from '../trend-choices/axis-choice';
import { TrendControls } from '../trend-choices/trend-controls';
import { datasetChoices, readChoices } from '../trend-choices/trend-choices';
import { useUrlParams } from '../url-state';
import { neighboursCodeOf, neighboursLink, neighboursOf } from '../url/neighbours-url';
import { trendsLink, trendsUrl } from '../url/trends-url';
import { latestRank, leftOutNote, neighboursPoints, neighboursSeries, valuesIn } from './neighbours-model';
import { NeighboursList } from './neighbours-list';
import { NeighboursTable } from './neighbours-table';
import './neighbours.css';

const CSV_COLUMNS = [
  'period',
  'indicator',
  'phase',
  'authority',
  'median',
  'low',
  'high',
  'with_figures',
  'region',
  'england',
];

/** One authority against its ten DfE statistical neighbours (Trends, area "… and its statistical neighbours"). */
export function NeighboursView() {
  const { datasets } = useDatasets();
  const [params, setParams] = useUrlParams();
  const all = datasetChoices(datasets, manifest.datasets);
  const choices = readChoices(params, datasets, all);
  const { dataset, indicator } = choices;
  // TrendsEntry opens this view for an `sn:` code; the code stays even if this dataset does not offer it.
  const code = neighboursCodeOf(choices.geography) ?? neighboursOf(trendsUrl.parse(params)) ?? '';
  const lists = useQuery(neighbourListsQueryOptions());
  const list = lists.data?.get(code);
  const request: NeighboursRequest | null =
    dataset && indicator && list
      ? {
          view: dataset.view,
          indicator: indicator.column,
          phase: choices.phase,
          filters: choices.filters,
          authority: list.authority,
          neighbours: list.neighbours,
          timeIdentifier: choices.term || null,
          // A rate is shown with the schools it counts (issue #11): coverage can move a rate.
          schools: schoolsBeside(dataset, indicator.column),
        }
      : null;
  const counted = Boolean(request?.schools);
  const revision = revisionOf(datasets, choices.datasetId);
  const { query, rows, sql, ready } = useAnswer(neighboursQueryOptions(request, revision));
  const waitingFor = all.find((d) => d.id === choices.datasetId && !d.loaded && d.origin === 'default');
  useNeededDatasets(waitingFor?.id);

  const name = list?.authority.name ?? dataset?.areas.find((a) => a.code === code)?.name ?? code;
  const regionCode = dataset?.areas.find((a) => a.code === code)?.regionCode ?? null;
  const regionName = REGIONS.find((r) => r.code === regionCode)?.name ?? null;
  const decimals = indicator?.decimals ?? 2;
  const unit = indicator?.unit ?? '';
  const format = (value: number) => formatValue(value, decimals, unit);
  const points = useMemo(() => neighboursPoints(rows), [rows]);
  const series = neighboursSeries(name, regionName);
  const latest = latestRank(rows);
  const notes = list ? leftOutNote(rows, list.neighbours) : [];
  const title = indicator
    ? `${indicator.label}${choices.phase !== 'Total' ? `, ${choices.phase.toLowerCase()}` : ''}: ${name} and its statistical neighbours`
    : 'Statistical neighbours';
  const rangeName = 'Range of the ten neighbours';
  const csvRows = rows.map((row) => ({
    period: row.period,
    indicator: indicator?.column,
    phase: choices.phase,
    authority: row.la_value,
    median: row.median,
    low: row.low,
    high: row.high,
    with_figures: row.with_figures,
    region: row.region_value,
    england: row.england_value,
    ...(counted ? { schools: row.schools, schools_total: row.schools_total } : {}),
  }));

  return (
    <section aria-labelledby="neighbours-title" className="panel">
      <h2 id="neighbours-title">{title}</h2>
      <TrendControls choices={choices} all={all} setParams={setParams} />
      <p>
        <button type="button" onClick={() => setParams(trendsLink({ geo: { kind: 'authority', code } }))}>
          Back to {name} with its region and England
        </button>
      </p>
      {lists.isError && <p role="alert">The neighbours file could not be read: {lists.error.message}</p>}
      {query.isError && <p role="alert">The neighbours query failed: {query.error.message}</p>}
      {lists.isSuccess && !list && (
        <p className="hint">
          DfE’s 2025 statistical neighbours cover the 153 current local authorities; {name} is not one of
          them.
        </p>
      )}
      {latest && latest.rank !== null && (
        <p className="la-summary">
          In {latest.period} {name} ranks {latest.rank} of {latest.with_figures + 1} among itself and its
          neighbours with a figure (1 is the highest): {format(latest.la_value ?? 0)} against their median of{' '}
          {latest.median === null ? 'no figure' : format(latest.median)}.
        </p>
      )}
      <ChartFrame
        title={title}
        renderKey={JSON.stringify([request, revision, choices.fromZero])}
        ready={ready}
        csv={{ columns: counted ? [...CSV_COLUMNS, 'schools', 'schools_total'] : CSV_COLUMNS, rows: csvRows }}
        legend={[
          ...series.map((s) => ({ name: s.name, colour: s.colour, dash: s.dash })),
          { name: rangeName, colour: RANGE_COLOUR, dash: '' },
        ]}
        sql={sql}
        table={
          <NeighboursTable
            caption={title}
            rows={rows}
            name={name}
            regionName={regionName}
            formatValue={format}
            counted={counted}
          />
        }
        note={
          <>
            <p className="chart-note">
              The band is the range of the neighbours with a figure and the dashed line their median; a
              neighbour without a figure in a period (it did not exist then, or its figure is suppressed) is
              left out of that period’s median and range.{notes.length > 0 && ` ${notes.join('; ')}.`}{' '}
              Neighbours: DfE children’s services statistical neighbours, 2025.
            </p>
            <CoverageCaveat counted={counted} basis={coverageBasisOf(dataset)} />
          </>
        }
      >
        {points.length ? (
          <NeighboursChart
            points={points}
            series={series}
            rangeName={rangeName}
            unit={unit}
            formatValue={format}
            fromZero={choices.fromZero}
          />
        ) : (
          <p className="chart-empty">
            {waitingFor
              ? `Loading ${waitingFor.title}…`
              : query.isFetching || lists.isPending
                ? 'Drawing…'
                : 'No figures for these choices.'}
          </p>
        )}
      </ChartFrame>
      <AxisChoice fromZero={choices.fromZero} setParams={setParams} />
      {list && latest && (
        <NeighboursList
          neighbours={list.neighbours}
          period={latest.period}
          values={valuesIn(query.data?.values ?? [], latest.period)}
          formatValue={format}
          onChoose={(next) => setParams(neighboursLink(next))}
        />
      )}
      {dataset?.source && <p className="source">Source: {dataset.source}</p>}
    </section>
  );
}
