import { EMPHASIS_STYLE, lineStyle } from '../../charts/line-styles';
import type { ChartFigures } from '../../charts/chart-figures';
import { SeriesTable } from '../../charts/series-table';
import { toChartModel, type ChartPeriod } from '../../charts/series-model';
import { manifest } from '../../data/default-data';
import { formatValue } from '../../data/ees/indicators';
import { explainMissing, explainPeriodGap } from '../../data/ees/missing-values';
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
import { datasetChoices, phaseLabel, readChoices, toRequest } from './characteristics-choices';
import { CharacteristicsNote } from './characteristics-note';
import { CountsTable } from './counts-table';
import { GroupBarChart } from './group-bar-chart';
import { ALL_PUPILS, groupKey, groupLines, groupName, toSeriesRows, UNCLASSIFIED } from './group-series';
import './characteristics.css';

const DECIMALS = 2;
const format = (value: number) => formatValue(value, DECIMALS, '%');
const EMPHASIS = [ALL_PUPILS];
const CSV_COLUMNS = [
  'period',
  'period_start',
  'area_codes',
  'area_name',
  'phase',
  'characteristic',
  'group',
  'severe_absentees',
  'enrolments',
  'severe_absence_percent',
  'flag',
];

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
  const lines = groupLines(rows, characteristic);
  const seriesRows = toSeriesRows(rows, characteristic);
  const model = toChartModel(
    seriesRows,
    lines.map((line) => line.key),
  );
  // The alliance's events for this area: England-wide ones, and a region's own and its authorities'.
  const events = useChartEvents(eventScopeFor(choices.area.codes, choices.area.level), seriesRows);
  const grain = dataset?.grains[0] ?? '';
  const explainGap = (period: ChartPeriod, key: string) =>
    explainPeriodGap(period.label, grain) ?? explainMissing(period.flags[key]);
  const figures: ChartFigures = { model, unit: '%', formatValue: format, explainGap };
  const explainRow = (row: CharacteristicsRow) => explainMissing(row.flag);
  const ready = answered && rows.length > 0;

  const where = `${choices.area.label}, ${phaseLabel(choices)}`;
  const title = `Severe absence by ${characteristic.phrase}: ${where}${choices.period ? `, ${choices.period}` : ''}`;
  const legend = lines.map((line, index) => {
    const style = line.key === ALL_PUPILS ? EMPHASIS_STYLE : lineStyle(index);
    return { name: line.name, colour: style.colour, dash: style.dash };
  });
  const csvRows = rows.map((row) => ({
    period: row.period,
    period_start: row.period_start,
    area_codes: choices.area.codes.join(' '),
    area_name: choices.area.label,
    phase: choices.phases.find((p) => p.value === choices.phase)?.label ?? choices.phase,
    characteristic: choices.column,
    group: row.is_total ? 'All pupils' : row.group_value,
    severe_absentees: row.severe_absentees,
    enrolments: row.enrolments,
    severe_absence_percent: row.value === null ? null : Number(row.value.toFixed(DECIMALS)),
    flag: row.flag,
  }));
  const bars = lines.map((line) => {
    const row = rows.find((r) => groupKey(r) === line.key);
    return { key: line.key, name: line.name, value: row?.value ?? null, gap: explainMissing(row?.flag) };
  });

  return (
    <section aria-labelledby="characteristics-title" className="panel">
      <h2 id="characteristics-title">{title}</h2>
      <CharacteristicsControls choices={choices} all={all} setParams={setParams} />
      <ChartFrame
        title={title}
        renderKey={JSON.stringify([request, revision])}
        ready={ready}
        csv={{ columns: CSV_COLUMNS, rows: csvRows }}
        legend={legend}
        sql={sql}
        table={
          <div className="characteristics-tables">
            <SeriesTable caption={`${title} (%)`} {...figures} />
            <CountsTable
              caption={`${title}: the counts behind each rate`}
              rows={rows}
              nameOf={(row) => groupName(row, characteristic)}
              formatRate={format}
              explain={explainRow}
            />
          </div>
        }
        note={
          <CharacteristicsNote
            dataset={dataset}
            area={choices.area}
            unclassified={!choices.period && lines.some((line) => line.key === UNCLASSIFIED)}
          />
        }
      >
        {query.isError ? (
          <p role="alert">The chart’s query failed: {query.error.message}</p>
        ) : loadProblem ? (
          <p role="alert">{loadProblem.message}</p>
        ) : rows.length && choices.period ? (
          <GroupBarChart bars={bars} emphasis={ALL_PUPILS} formatValue={format} />
        ) : rows.length ? (
          <EventsChart {...figures} emphasis={EMPHASIS} hidden={hidden} events={events} onToggle={toggle} />
        ) : (
          <div className="chart-empty">
            <p>
              {waitingFor
                ? `Loading ${waitingFor.title}…`
                : !dataset
                  ? 'This dataset is not loaded.'
                  : !choices.bands || !choices.column
                    ? 'This dataset has no absence-band counts by pupil characteristic.'
                    : query.isFetching
                      ? 'Drawing…'
                      : 'No figures for these choices.'}
            </p>
            <LoadProgress items={loading} />
          </div>
        )}
      </ChartFrame>
      {dataset?.source && <p className="source">Source: {dataset.source}</p>}
    </section>
  );
}
