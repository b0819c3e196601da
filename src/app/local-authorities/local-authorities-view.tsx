import { CoverageCaveat } from '../../charts/schools-reporting';
import { coverageBasisOf } from '../../data/coverage-basis';
import { manifest } from '../../data/default-data';
import { rankingQueryOptions, REGIONAL, type RankingRow } from '../../queries/ranking-query-options';
import { useAnswer } from '../../queries/use-answer';
import { ChartFrame } from '../chart-frame';
import { revisionOf, useDatasets, useNeededDatasets } from '../../queries/use-datasets';
import { currentParams, useUrlParams } from '../url-state';
import { localAuthoritiesUrl as laUrl } from '../url/local-authorities-url';
import { rankableDatasets, readLaChoices, toRankingRequest } from './la-choices';
import { LaControls } from './la-controls';
import {
  laTitle,
  laWaitingText,
  noBaselineHint,
  periodFlagsOf,
  rankedSummary,
  regionNameOf,
  tableLabels,
} from './la-model';
import { DeferredRankingTable } from './deferred-ranking-table';
import { drillParams } from './la-drill';
import { LaMap } from './la-map';
import { RankedValuesTable } from './ranked-values-table';
import { RankingChart } from './ranking-chart';
import { useRankingPrefetch } from './use-ranking-prefetch';
import { CSV_COLUMNS, csvRows, rankedBars, referenceValues, SCHOOLS_CSV_COLUMNS } from './ranking-chart-data';
import { figureFormatter, unrankedNote } from './ranking-format';
import { nextSort, readSort, sortRows, type SortKey } from './ranking-sort';
import { quartileBands, quartileSummary } from './ranking-quartiles';
import './local-authorities.css';

export function LocalAuthoritiesView() {
  const { datasets } = useDatasets();
  const [params, setParams] = useUrlParams();
  const choices = readLaChoices(params, datasets);
  const request = toRankingRequest(choices);
  const revision = revisionOf(datasets, choices.datasetId);
  // Ready once the query for these choices has answered, even when the answer is "no figures".
  const { query, rows, sql, ready } = useAnswer(rankingQueryOptions(request, revision));
  const { dataset, indicator, waitingFor, grain } = choices;

  useNeededDatasets(waitingFor);

  const sorted = sortRows(rows, choices.sort);
  const decimals = indicator?.decimals ?? 2;
  const unit = indicator?.unit ?? '';
  const format = figureFormatter(decimals, unit);

  const first = rows[0];
  const regionName = regionNameOf(choices.regionCode);
  const title = laTitle(choices, first);

  // Daily-collection files give the schools behind each figure; the table, hover and map show them (issue #11).
  const counted = Boolean(request?.schools);
  const bars = rankedBars(rows, counted);
  const references = referenceValues(first, regionName);
  const unranked = rows.filter((row) => row.latest_value === null);
  useRankingPrefetch(request, dataset, revision, ready);

  // The table is drawn a frame behind the choices, so a second quick press can reach a button whose handler saw the
  // sort before the first: the sort last chosen is read from the URL, where the first press has already put it.
  const sortBy = (key: SortKey) => {
    const chosen = laUrl.parse(currentParams());
    const next = nextSort(readSort(chosen.sort, chosen.dir), key);
    setParams(laUrl.write({ sort: next.key, dir: next.dir }));
  };
  const url = laUrl.parse(params);
  const showMap = url.map;
  const periodStarts = new Map((dataset?.periods ?? []).map((p) => [p.label, p.start]));
  const periodFlags = periodFlagsOf(first, periodStarts);
  const drill = (row: RankingRow) => {
    const next = drillParams(row, choices);
    if (next) setParams(next);
  };
  const noBaseline = noBaselineHint(choices, url);

  return (
    <section aria-labelledby="la-title" className="panel local-authorities">
      <h2 id="la-title">{title}</h2>
      <LaControls choices={choices} datasets={rankableDatasets(datasets)} setParams={setParams} />
      {query.isError && <p role="alert">The ranking query failed: {query.error.message}</p>}
      {rows.length > 0 && first ? (
        <>
          <p className="la-summary">
            {references.map((r) => `${r.label}: ${format(r.value)}`).join(' · ')}
            {references.length > 0 && '. '}
            {rankedSummary(first, rows.length, choices.level, unit)}
          </p>
          <p className="la-quartiles">Quartiles by rank: {quartileSummary(quartileBands(rows), format)}.</p>
          {noBaseline && <p className="hint">{noBaseline}</p>}
          <DeferredRankingTable
            current={ready}
            caption={title}
            rows={sorted}
            sort={choices.sort}
            onSort={sortBy}
            onDrill={drill}
            decimals={decimals}
            unit={unit}
            grain={grain}
            level={choices.level}
            counted={counted}
            periodFlags={periodFlags}
            labels={tableLabels(first, grain)}
          />
          <CoverageCaveat counted={counted} basis={coverageBasisOf(dataset)} />
        </>
      ) : (
        <p className="chart-empty">
          {laWaitingText({
            waitingFor: waitingFor
              ? (manifest.datasets.find((d) => d.id === waitingFor)?.title ?? waitingFor)
              : null,
            request,
            fetching: query.isFetching,
            level: choices.level,
            phase: choices.phase,
          })}
        </p>
      )}
      <div className="display-choice" role="group" aria-label="Show the figures as">
        <button type="button" aria-pressed={!showMap} onClick={() => setParams(laUrl.write({ map: false }))}>
          Bar chart
        </button>
        <button type="button" aria-pressed={showMap} onClick={() => setParams(laUrl.write({ map: true }))}>
          Map
        </button>
      </div>
      {showMap ? (
        <LaMap
          title={title}
          rows={rows}
          ready={ready}
          renderKey={JSON.stringify([request, revision])}
          periodStarts={periodStarts}
          regionCode={choices.regionCode || null}
          level={choices.level}
          method={url.equalClasses ? 'equal' : 'quantile'}
          onMethod={(method) => setParams(laUrl.write({ equalClasses: method === 'equal' }))}
          grain={grain}
          decimals={decimals}
          unit={unit}
          counted={counted}
          indicator={indicator?.column ?? ''}
          phase={choices.phase}
          formatValue={format}
          sql={sql}
          onDrill={drill}
        />
      ) : (
        <ChartFrame
          title={title}
          renderKey={JSON.stringify([request, revision])}
          ready={ready}
          csv={{
            columns: counted ? [...CSV_COLUMNS, ...SCHOOLS_CSV_COLUMNS] : CSV_COLUMNS,
            rows: csvRows(rows, { indicator: indicator?.column ?? '', phase: choices.phase, decimals }),
          }}
          legend={references.map((r) => ({
            name: `${r.label} ${format(r.value)}`,
            colour: r.colour,
            dash: r.dash,
          }))}
          sql={sql}
          table={
            <RankedValuesTable
              caption={title}
              bars={bars}
              references={references}
              formatValue={format}
              areaLabel={choices.level === REGIONAL ? 'Region' : 'Local authority'}
            />
          }
          note={
            unranked.length > 0 ? (
              <p className="chart-note">Not drawn: {unrankedNote(unranked, grain)}</p>
            ) : null
          }
        >
          {bars.length ? (
            <RankingChart bars={bars} references={references} unit={unit} formatValue={format} />
          ) : (
            <p className="chart-empty">{query.isFetching ? 'Drawing…' : 'No figures to draw.'}</p>
          )}
        </ChartFrame>
      )}
      {dataset?.source && <p className="source">Source: {dataset.source}</p>}
    </section>
  );
}
