import type { TimelineEvent as AnalysisEvent } from '../../../analysis/analysis-types';
import { differenceInDifferences } from '../../../analysis/difference-in-differences';
import type { Dataset } from '../../../data/catalogue';
import { analysisQueryOptions } from '../../../queries/analysis-query-options';
import { useAnswer } from '../../../queries/use-answer';
import { isEnglandWide } from '../../../timeline/event-scope';
import { leftOutAreas, windowOf } from './comparison-areas';
import type { TimelineEvent } from '../../../timeline/event';
import type { AnalysisLine } from './analysis-chart';
import { periodDates } from './analysis-model';
import {
  analysisRequest,
  likeTermSeries,
  comparablePoints,
  pooledCoverage,
  schoolCoverage,
  toPoints,
  type AnalysisMeasure,
  type AreaChoice,
} from './analysis-series';
import { ComparatorPicker } from './comparator-picker';
import { DidResult } from './did-result';

export interface DidPanelProps {
  measure: AnalysisMeasure;
  dataset: Dataset;
  /** Which load of the dataset the analysis reads, for the query's cache key. */
  revision: number;
  area: AreaChoice;
  event: TimelineEvent;
  date: string;
  eventMark: { x: number; label: string };
  otherEvents: readonly AnalysisEvent[];
  /** Every curated event and marker: local authorities named by another local event are left out by default. */
  allEvents: readonly TimelineEvent[];
  comparators: readonly string[] | null;
  onComparators: (codes: readonly string[] | null) => void;
}

const LINES: readonly AnalysisLine[] = [
  { key: 'treated', name: 'Area studied', colour: '#0b0c0c', dash: '', width: 3, dots: true },
  { key: 'comparison', name: 'Comparison mean', colour: '#0072B2', dash: '6 3', width: 2.5, dots: true },
];

/** A local authority against its region's others: the two pre-event trends drawn, so parallelism can be judged. */
export function DidPanel(props: DidPanelProps) {
  const { measure, dataset, area, event, date } = props;
  const request = area.regionCode ? analysisRequest(measure, dataset, area, true) : null;
  const { query, rows, sql } = useAnswer(analysisQueryOptions(request, props.revision), false);
  const names = new Map(rows.map((row) => [row.area_code ?? '', row.area_name ?? '']));
  const candidates = [...names]
    .filter(([code]) => code !== area.code && code !== '')
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const seriesOf = (code: string) => {
    const points = comparablePoints(toPoints(rows, code), measure);
    return measure.granularity === 'term' ? likeTermSeries(points, date) : points;
  };
  const dates = periodDates(rows);
  // The window is the treated area's own usable periods (the pandemic years and any gaps left out); the events
  // dated inside it decide who is left out, and so does a missing figure inside it (a new authority, say).
  const own = { name: area.name, series: seriesOf(area.code) };
  const alone = query.isSuccess ? differenceInDifferences(own, [own], date, measure.granularity) : null;
  const window = alone?.ok ? windowOf(alone.rows, dates) : null;
  const leftOut = leftOutAreas(event, props.allEvents, window);
  if (alone?.ok)
    for (const candidate of candidates) {
      const values = new Map(seriesOf(candidate.code).map((p) => [p.period, p.value]));
      const lacking = alone.rows
        .filter((row) => (values.get(row.period) ?? null) === null)
        .map((row) => row.period);
      if (lacking.length > 0 && !leftOut.has(candidate.code))
        leftOut.set(candidate.code, `no figure for ${lacking.join(', ')}`);
    }
  const chosen = new Set(
    props.comparators
      ? props.comparators.filter((code) => names.has(code))
      : candidates.filter((c) => !leftOut.has(c.code)).map((c) => c.code),
  );
  const answer = query.isSuccess
    ? differenceInDifferences(
        own,
        candidates.filter((c) => chosen.has(c.code)).map((c) => ({ name: c.name, series: seriesOf(c.code) })),
        date,
        measure.granularity,
        { otherEvents: props.otherEvents },
      )
    : null;
  const national = isEnglandWide(event);
  const leftOutNote = candidates
    .filter((c) => !chosen.has(c.code) && leftOut.has(c.code))
    .map((c) => `${c.name} (${leftOut.get(c.code) ?? ''})`);
  const extra = [
    ...(national ? ['This event applies to all of England, so the comparison areas had it too.'] : []),
    ...(leftOutNote.length ? [`Left out of the comparison: ${leftOutNote.join('; ')}.`] : []),
  ];
  const title = `${measure.label}: ${area.name} against other local authorities of its region`;
  const lines = LINES.map((line) =>
    line.key === 'treated'
      ? { ...line, name: area.name }
      : { ...line, name: `Mean of ${chosen.size} comparison areas` },
  );
  return (
    <section className="analysis-panel" aria-labelledby="did-title">
      <h3 id="did-title">Difference in differences, {area.name} against its region</h3>
      {national && (
        <p className="refusal" data-testid="did-refusal">
          No difference in differences: this event applies to all of England, so every comparison area had it
          too and the method cannot isolate it. It suits events in named areas only.
        </p>
      )}
      <ComparatorPicker
        candidates={candidates}
        chosen={chosen}
        leftOut={leftOut}
        onChange={props.onComparators}
      />
      {query.isError && <p role="alert">The comparison query failed: {query.error.message}</p>}
      {!answer && !query.isError && <p className="chart-empty">Loading the region’s local authorities…</p>}
      {answer && !answer.ok && !national && (
        <p className="refusal" data-testid="did-refusal">
          No difference in differences: {answer.reason}
        </p>
      )}
      {answer?.ok && !national && (
        <DidResult
          answer={answer}
          title={title}
          lines={lines}
          dates={dates}
          areaName={area.name}
          eventMark={props.eventMark}
          renderKey={JSON.stringify([date, measure.id, area.code, lines[1]?.name])}
          extra={extra}
          sql={sql}
          schools={{
            treated: schoolCoverage(rows, area.code),
            comparison: pooledCoverage(rows, [...chosen]),
          }}
          {...(measure.decimals !== undefined ? { decimals: measure.decimals } : {})}
        />
      )}
    </section>
  );
}
