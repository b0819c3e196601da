import type { ChartFigures } from '../../charts/chart-figures';
import { SeriesTable } from '../../charts/series-table';
import { manifest } from '../../data/default-data';
import { explainMissing } from '../../data/ees/missing-values';
import {
  characteristicsQueryOptions,
  type CharacteristicsRow,
} from '../../queries/characteristics-query-options';
import { useAnswer } from '../../queries/use-answer';
import { LoadProgress } from '../../ui/load-progress';
import { ChartFrame } from '../chart-frame';
import { revisionOf, useDatasets, useNeededDatasets } from '../../queries/use-datasets';
import { eventScopeFor } from '../chart-events/chart-scope';
import { useChartEvents } from '../chart-events/use-chart-events';
import { EventsChart } from '../chart-events/events-chart';
import { useHiddenLines } from '../use-hidden-lines';
import { useUrlParams } from '../url-state';
import { CharacteristicsControls } from './characteristics-controls';
import { datasetChoices, readChoices, toRequest } from './characteristics-choices';
import {
  characteristicsBody,
  characteristicsCsv,
  characteristicsTitle,
  CSV_COLUMNS,
  drawnGroups,
  formatRate,
  groupBars,
  groupLegend,
  unclassifiedNoted,
} from './characteristics-model';
import { CharacteristicsNote } from './characteristics-note';
import { CountsTable } from './counts-table';
import { GroupBarChart } from './group-bar-chart';
import { ALL_PUPILS, groupName, UNCLASSIFIED } from './group-series';
import './characteristics.css';

const EMPHASIS = [ALL_PUPILS];

/** Severe absence by free school meals, SEN, sex or year group, for England or a region, from DfE's band counts. */
export function CharacteristicsView() {
  const { datasets, jobs, problems } = useDatasets();
  const [params, setParams] = useUrlParams();
  const all = datasetChoices(datasets, manifest.datasets);
  const choices = readChoices(params, datasets);
  const request = toRequest(choices);
  const revision = revisionOf(datasets, choices.datasetId);
  const { query, rows, sql, ready: answered } = useAnswer(characteristicsQueryOptions(request, revision));
  // Unclassified enrolments are few, with rates ten times the others': shown, they flatten every other line.
  const [hidden, toggle] = useHiddenLines([UNCLASSIFIED]);

  const waitingFor = all.find((d) => d.id === choices.datasetId && !d.loaded && d.origin === 'default');
  useNeededDatasets(waitingFor?.id);
  const loading = jobs.filter((job) => job.key === `default:${choices.datasetId}`);
  const loadProblem = problems.find((p) => p.key === `default:${choices.datasetId}`);

  const { characteristic, dataset } = choices;
  const { lines, seriesRows, model, explainGap } = drawnGroups(rows, choices);
  // The alliance's events for this area: England-wide ones, and a region's own and its authorities'.
  const events = useChartEvents(eventScopeFor(choices.area.codes, choices.area.level), seriesRows);
  const figures: ChartFigures = { model, unit: '%', formatValue: formatRate, explainGap };
  const explainRow = (row: CharacteristicsRow) => explainMissing(row.flag);
  const ready = answered && rows.length > 0;
  const title = characteristicsTitle(choices);
  const body = characteristicsBody({
    error: query.error,
    loadProblem: loadProblem?.message ?? null,
    rows: rows.length,
    choices,
    waitingFor,
    fetching: query.isFetching,
  });

  return (
    <section aria-labelledby="characteristics-title" className="panel">
      <h2 id="characteristics-title">{title}</h2>
      <CharacteristicsControls choices={choices} all={all} setParams={setParams} />
      <ChartFrame
        title={title}
        renderKey={JSON.stringify([request, revision])}
        ready={ready}
        csv={{ columns: CSV_COLUMNS, rows: characteristicsCsv(rows, choices) }}
        legend={groupLegend(lines)}
        sql={sql}
        table={
          <div className="characteristics-tables">
            <SeriesTable caption={`${title} (%)`} {...figures} />
            <CountsTable
              caption={`${title}: the counts behind each rate`}
              rows={rows}
              nameOf={(row) => groupName(row, characteristic)}
              formatRate={formatRate}
              explain={explainRow}
            />
          </div>
        }
        note={
          <CharacteristicsNote
            dataset={dataset}
            area={choices.area}
            unclassified={unclassifiedNoted(lines, choices.period)}
          />
        }
      >
        {body.kind === 'failed' ? (
          <p role="alert">{body.message}</p>
        ) : body.kind === 'bars' ? (
          <GroupBarChart bars={groupBars(lines, rows)} emphasis={ALL_PUPILS} formatValue={formatRate} />
        ) : body.kind === 'lines' ? (
          <EventsChart {...figures} emphasis={EMPHASIS} hidden={hidden} events={events} onToggle={toggle} />
        ) : (
          <div className="chart-empty">
            <p>{body.text}</p>
            <LoadProgress items={loading} />
          </div>
        )}
      </ChartFrame>
      {dataset?.source && <p className="source">Source: {dataset.source}</p>}
    </section>
  );
}
