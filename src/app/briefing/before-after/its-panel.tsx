import type { Point, TimelineEvent as AnalysisEvent } from '../../../analysis/analysis-types';
import { placeEvent } from '../../../analysis/event-phase';
import { leaveOneYearOut, type LeaveOneYearOut } from '../../../analysis/leave-one-year-out';
import { segmentedRegression, type Coefficient } from '../../../analysis/segmented-regression';
import { SeriesTable } from '../../../charts/series-table';
import { ChartFrame } from '../../chart-frame';
import { intervalText, percent, signedPp } from './analysis-format';
import { AnalysisChart, type AnalysisLine } from './analysis-chart';
import { analysisModel, modelCsv, type PeriodDates } from './analysis-model';
import { likeTermSeries, runAroundEvent, type AnalysisMeasure, type SchoolCoverage } from './analysis-series';
import { CoverageNote } from './coverage-note';
import { MethodNotes, TimingNotCause } from './method-notes';

export interface ItsPanelProps {
  measure: AnalysisMeasure;
  points: readonly Point[];
  dates: PeriodDates;
  date: string;
  /** Last day of the event's span, when it is a range of days; a weekly fit refuses a span with no figures. */
  eventEnd: string | null;
  event: { x: number; label: string };
  areaName: string;
  otherEvents: readonly AnalysisEvent[];
  sql: string | null;
  /** Schools reporting behind each figure, where the file gives them (the daily collection's files do). */
  coverage: SchoolCoverage;
}

export const COUNTERFACTUAL = 'Counterfactual: trend before the event continued';

const LINES: readonly AnalysisLine[] = [
  { key: 'observed', name: 'Published figure', colour: '#0b0c0c', dash: '', width: 2, dots: true },
  { key: 'fitted_before', name: 'Fitted trend before', colour: '#0072B2', dash: '', width: 2.5, dots: false },
  { key: 'fitted_after', name: 'Fitted trend after', colour: '#D55E00', dash: '', width: 2.5, dots: false },
  { key: 'counterfactual', name: COUNTERFACTUAL, colour: '#0072B2', dash: '7 5', width: 2.5, dots: false },
];

function CoefficientRow({ name, value, unit }: { name: string; value: Coefficient; unit: string }) {
  return (
    <tr data-coefficient={name}>
      <th scope="row">{name}</th>
      <td>
        {signedPp(value.estimate)}
        {unit}
      </td>
      <td>{intervalText(value.interval)}</td>
    </tr>
  );
}

/** "Left out one school year at a time, the level change runs from −0.30 to +1.28 pp (without 2022/23: …)". */
function loyoText(range: LeaveOneYearOut): string {
  const each = range.estimates
    .map(({ year, levelChange }) =>
      levelChange === null ? `without ${year}: no fit` : `without ${year}: ${signedPp(levelChange)}`,
    )
    .join('; ');
  return (
    `Left out one school year at a time, the level change runs from ${signedPp(range.low)} to ` +
    `${signedPp(range.high)} (${each}).`
  );
}

/** Interrupted time series: level and slope change at the event, and the pre-event trend carried on. */
export function ItsPanel(props: ItsPanelProps) {
  const { measure, date, areaName } = props;
  const series = measure.granularity === 'term' ? likeTermSeries(props.points, date) : [...props.points];
  const run = runAroundEvent(series, date);
  const placed = !('ok' in placeEvent(date, measure.granularity));
  const windowNote =
    placed && run.dropped.length > 0
      ? `The window is the run of periods with figures around the event; left out: ${run.dropped.join(', ')}.`
      : null;
  const options = { otherEvents: props.otherEvents, eventEnd: props.eventEnd };
  const fit = segmentedRegression(run.points, date, measure.granularity, options);
  // Weekly fits rest on a handful of school years: how far one year moves the estimate is said beside it.
  const loyo = measure.granularity === 'week' ? leaveOneYearOut(run.points, date, options) : null;
  const title = `${measure.label}, ${areaName}: interrupted time series`;
  if (!fit.ok) {
    return (
      <section className="analysis-panel" aria-labelledby="its-title">
        <h3 id="its-title">Interrupted time series, {areaName}</h3>
        <p className="refusal" data-testid="its-refusal">
          No trend analysis: {fit.reason}
        </p>
        {loyo && (
          <p className="hint" data-testid="its-loyo">
            {loyoText(loyo)}
          </p>
        )}
        {windowNote && <p className="hint">{windowNote}</p>}
      </section>
    );
  }
  const { levelChange, slopeChange, preSlope } = fit.coefficients;
  const { durbinWatson, lag1, lags, breuschGodfrey } = fit.autocorrelation;
  const bgText = breuschGodfrey
    ? ` A Breusch–Godfrey test of order 1 does not reject no autocorrelation (p = ${breuschGodfrey.p.toFixed(2)}).`
    : '';
  const per = ` per ${fit.timeUnit}`;
  const model = analysisModel(props.dates, [
    { key: 'observed', name: LINES[0]?.name ?? '', values: fit.points, schools: props.coverage },
    {
      key: 'fitted_before',
      name: LINES[1]?.name ?? '',
      values: fit.points.filter((p) => !p.post).map((p) => ({ period: p.period, value: p.fitted })),
    },
    {
      key: 'fitted_after',
      name: LINES[2]?.name ?? '',
      values: fit.points.filter((p) => p.post).map((p) => ({ period: p.period, value: p.fitted })),
    },
    { key: 'counterfactual', name: COUNTERFACTUAL, values: fit.counterfactual },
  ]);
  const format = (value: number) => percent(value, measure.decimals);
  return (
    <section className="analysis-panel" aria-labelledby="its-title">
      <h3 id="its-title">Interrupted time series, {areaName}</h3>
      {loyo?.crossesZero && (
        <p className="warning" data-testid="its-loyo">
          Which side of zero this change falls on depends on a single school year. {loyoText(loyo)}
        </p>
      )}
      {fit.exploratory && (
        <p className="warning" data-testid="its-exploratory">
          {fit.caveats[0]}
        </p>
      )}
      <p>
        At the event the fitted level changed by <strong>{signedPp(levelChange.estimate)}</strong> (95%
        interval {intervalText(levelChange.interval)}) and the slope by{' '}
        <strong>{signedPp(slopeChange.estimate)}</strong>
        {per} (95% interval {intervalText(slopeChange.interval)}), from {fit.points.length} periods with{' '}
        {fit.excluded.length > 0
          ? `${fit.excluded.join(', ')} set aside as during the event`
          : 'none set aside'}
        .
      </p>
      {loyo && !loyo.crossesZero && (
        <p className="hint" data-testid="its-loyo">
          {loyoText(loyo)}
        </p>
      )}
      <p className="hint" data-testid="its-autocorrelation">
        Residual lag-1 autocorrelation {lag1.toFixed(2)} (Durbin–Watson {durbinWatson.toFixed(2)}; about 2
        means none). Intervals use Newey–West standard errors over {lags} lag{lags === 1 ? '' : 's'}
        {fit.seasons.length > 0 ? `, with a season for each of ${fit.seasons.length} weeks of term` : ''}.
        {bgText}
      </p>
      {measure.countColumn !== null && (
        <CoverageNote
          coverage={props.coverage}
          before={fit.points.filter((p) => !p.post).map((p) => p.period)}
          after={fit.points.filter((p) => p.post).map((p) => p.period)}
        />
      )}
      <TimingNotCause />
      <ChartFrame
        title={title}
        renderKey={JSON.stringify([date, measure.id, areaName, fit.points.length])}
        ready
        csv={modelCsv(model, 4)}
        legend={LINES}
        sql={props.sql}
        table={
          <SeriesTable
            caption={title}
            model={model}
            formatValue={format}
            explainGap={() => 'not part of this line'}
          />
        }
      >
        <AnalysisChart model={model} lines={LINES} event={props.event} formatValue={format} />
      </ChartFrame>
      <table className="data-table its-coefficients">
        <caption>Segmented regression coefficients ({fit.df} degrees of freedom)</caption>
        <thead>
          <tr>
            <th scope="col">Coefficient</th>
            <th scope="col">Estimate</th>
            <th scope="col">95% interval (Newey–West)</th>
          </tr>
        </thead>
        <tbody>
          <CoefficientRow name="Trend before the event" value={preSlope} unit={per} />
          <CoefficientRow name="Level change at the event" value={levelChange} unit="" />
          <CoefficientRow name="Slope change after the event" value={slopeChange} unit={per} />
        </tbody>
      </table>
      <MethodNotes answer={fit} extra={windowNote ? [windowNote] : []} />
    </section>
  );
}
