import { oncePerAnswer } from '../../charts/once-per-answer';
import { toChartModel, type ChartModel } from '../../charts/series-model';
import type { Availability } from '../../data/datasets/dataset-availability';
import { isAttendanceMeasure } from '../../data/ees/attendance-measures';
import { ENGLAND, REGIONS } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import type { SeriesRequest, SeriesRow } from '../../queries/series-query-options';
import { gapExplainer } from '../chart-gaps';
import { geoOf } from '../url/geo-code';
import type { TrendsUrl } from '../url/trends-url';
import { toSeriesRequest, type TrendChoices } from '../trend-choices/trend-choices';

/** England first, then the regions in DfE's order, whatever order the rows come in. */
export const LINE_ORDER = [ENGLAND.code, ...REGIONS.map((r) => r.code)];

/** A one-area choice below authority level (a school) takes its filter defaults from its own rows. */
export const oneAreaOf = (geography: string) => geoOf(geography, 'area');

/**
 * The chart model of one answer's rows, built once: going back to choices already answered reuses it, and reshaping
 * a long weekly series costs more than drawing it.
 */
export const trendChartModel = oncePerAnswer((rows: readonly SeriesRow[]) => toChartModel(rows, LINE_ORDER));

/** The choices read from the URL with the filters that find rows, the request they make, and its render key. */
export function trendAsk(read: TrendChoices, filters: Record<string, string>, revision: number) {
  const choices = { ...read, filters };
  const request = toSeriesRequest(choices);
  return { choices, request, renderKey: JSON.stringify([request, revision, choices.multiples]) };
}

export function trendTitle(
  indicator: TrendChoices['indicator'],
  phase: string,
  term: string,
  availability: Availability,
): string {
  if (indicator)
    return `${indicator.label}${phase !== 'Total' ? `, ${phase.toLowerCase()}` : ''}${term ? `, ${term.toLowerCase()} only` : ''}`;
  if (availability.kind === 'missing') return 'File not in this browser';
  if (availability.kind === 'not-loaded') return 'File not loaded this time';
  if (availability.kind === 'failed') return 'Hosted set not loaded';
  return 'Loading data…';
}

/**
 * The alliance's events are about attendance: drawn by default on its measures, elsewhere only when the URL asks
 * (`events=1`); `events=0` hides them anywhere.
 */
export function eventsChoice(indicator: TrendChoices['indicator'], chosen: TrendsUrl['events']) {
  const byDefault = isAttendanceMeasure(indicator);
  return { byDefault, shown: chosen === 'shown' || (byDefault && chosen !== 'hidden') };
}

/** How the drawn choices' figures read: their decimals and unit, and why a period has no figure. */
export function drawnFigures(decimals: number, unit: string, grain: string) {
  return {
    format: (value: number) => formatValue(value, decimals, unit),
    explainGap: gapExplainer(grain),
  };
}

const CSV_COLUMNS = [
  'period',
  'period_start',
  'area_code',
  'area_name',
  'indicator',
  'phase',
  'value',
  'flag',
];

/** The CSV download: the rows as drawn, rounded as shown, with the schools behind them where the file gives them. */
export function trendCsv(
  rows: readonly SeriesRow[],
  drawn: Pick<TrendChoices, 'indicator' | 'phase'>,
  counted: boolean,
) {
  const decimals = drawn.indicator?.decimals ?? 2;
  return {
    columns: counted ? [...CSV_COLUMNS, 'schools', 'schools_total'] : CSV_COLUMNS,
    rows: () =>
      rows.map((row) => ({
        ...row,
        indicator: drawn.indicator?.column,
        phase: drawn.phase,
        value: row.value === null ? null : Number(row.value.toFixed(decimals)),
      })),
  };
}

/** Said under a chart of terms in sequence: absence is seasonal, so like is compared with like by term. */
export const seasonalNote = (grain: string, term: string): string | null =>
  grain === 'Term' && !term
    ? 'Absence is seasonal (it rises from autumn to summer): compare a term with the same term of other years using “Terms”.'
    : null;

/** Said when a long series of many areas draws only its first lines (`heldBack` names the others). */
export function heldBackNote(model: ChartModel, heldBack: readonly string[], figures: number): string | null {
  if (heldBack.length === 0) return null;
  const total = model.lines.length;
  return (
    `${total - heldBack.length} of ${total} lines drawn: ${figures.toLocaleString('en-GB')} figures are more ` +
    'than the chart can redraw at once. Draw others from the legend, or use Small multiples; the table and CSV ' +
    'hold every figure.'
  );
}

/** What the chart's place shows: the chart, small multiples, or why there is nothing to draw. */
export type TrendBody =
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  /** A hosted set that did not load: why, in the store's words. */
  | { kind: 'unavailable'; message: string }
  | { kind: 'chart' }
  | { kind: 'multiples' }
  | { kind: 'empty-choice' }
  | { kind: 'message'; text: string };

export interface TrendBodyInput {
  availability: Availability;
  /** The dataset the choices name, for a hosted set still loading. */
  datasetId: string;
  error: Error | null;
  model: ChartModel;
  multiples: boolean;
  /** The answer is in, and the URL's filter choices find no rows (with the nearest that do known). */
  emptyChoice: boolean;
  /** A default dataset the choices need, still loading. */
  waitingFor: { title: string } | undefined;
  request: SeriesRequest | null;
  fetching: boolean;
}

/** Small multiples only help with more than England and one other line. */
export const canMultiply = (model: ChartModel): boolean => model.lines.length > 2;

export function trendBody(input: TrendBodyInput): TrendBody {
  const { availability, error, model } = input;
  if (availability.kind === 'missing') return { kind: 'missing' };
  if (availability.kind === 'failed') return { kind: 'unavailable', message: availability.message };
  if (error) return { kind: 'failed', message: error.message };
  if (model.periods.length)
    return input.multiples && canMultiply(model) ? { kind: 'multiples' } : { kind: 'chart' };
  if (input.emptyChoice) return { kind: 'empty-choice' };
  return { kind: 'message', text: waitingText(input) };
}

function waitingText({ waitingFor, availability, datasetId, request, fetching }: TrendBodyInput): string {
  if (waitingFor) return `Loading ${waitingFor.title}…`;
  if (availability.kind === 'coming' && availability.hosted) return `Loading the hosted set “${datasetId}”…`;
  if (availability.kind === 'coming' && availability.title)
    return `Loading ${availability.title}, kept in this browser…`;
  if (availability.kind === 'not-loaded')
    return `${availability.title} is kept in this browser but was not loaded this time. Open Data files to see why, and to load it again.`;
  if (!request) return 'Loading the default data…';
  return fetching ? 'Drawing…' : 'No figures for these choices.';
}
