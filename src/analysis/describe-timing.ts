import {
  listInWords,
  refuse,
  type Answer,
  type Granularity,
  type Point,
  type TimelineEvent,
} from './analysis-types';
import { parseDateParts } from './period-slots';
import {
  missingExplanation,
  missingPeriods,
  pandemicCaveat,
  slotSeries,
  type SlottedPoint,
} from './slot-series';

export interface TimingEvent extends TimelineEvent {
  /** Past-tense verb for the sentence, e.g. "began" (default), "met", "was published". */
  verb?: string;
  /** What the plan was, for a planned event: "to begin" (default), "to open". */
  plannedVerb?: string;
  /** Whether a source used here records that it happened (default), only that it was planned, or neither. */
  status?: 'happened' | 'planned' | 'unknown';
  /** True when the date or the fact comes from a secondary or indirect source: the sentence says "likely". */
  likely?: boolean;
}

export interface DescribeTimingInput {
  /** Name of the measure as it starts a sentence, e.g. "Severe absence". */
  indicator: string;
  /** 'percent': figures are rates and differences are in percentage points; 'number': plain counts. */
  unit: 'percent' | 'number';
  series: readonly Point[];
  events: readonly TimingEvent[];
  granularity?: Granularity;
  /** Period labels to compare; default the last two periods of the series. */
  from?: string;
  to?: string;
  decimals?: number;
}

export interface TimingDescription {
  text: string;
  sentences: string[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "on 4 September 2023", "in September 2023" or "in 2023", as precise as the date is. */
function when(date: string): string | null {
  const parts = parseDateParts(date);
  if (!parts) return null;
  if (parts.month === null) return `in ${parts.year}`;
  const month = `${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
  return parts.day === null ? `in ${month}` : `on ${parts.day} ${month}`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One event as a clause carrying its doubt: a plan is never said to have happened, an unsettled event is said to be
 * unsettled, and a likely one keeps "likely (not confirmed)".
 */
export function eventClause(event: TimingEvent, date: string): string {
  const unconfirmed = event.likely ? ' (not confirmed)' : '';
  if (event.status === 'planned')
    return `The plan was for ${event.name} ${event.plannedVerb ?? 'to begin'} ${date}${unconfirmed}; none of the sources used here records that it happened`;
  if (event.status === 'unknown')
    return `None of the sources used here settles whether ${event.name} ${event.verb ?? 'began'} ${date}${unconfirmed}`;
  return `${capitalise(event.name)} ${event.likely ? 'likely ' : ''}${event.verb ?? 'began'} ${date}${unconfirmed}`;
}

function noFigureFor(label: string): string {
  const why = missingExplanation(label);
  return why ? `no figure for ${label} (${why})` : `no figure for ${label}`;
}

function figuresSentence(
  input: DescribeTimingInput,
  from: SlottedPoint,
  to: SlottedPoint,
  gaps: string[],
  decimals: number,
): string {
  const percent = input.unit === 'percent';
  // Figures are rounded once and the change is taken between the rounded figures, so readers can check the sums.
  const shown = (value: number): number => Number(value.toFixed(decimals));
  const digits = (value: number): string =>
    value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const format = (value: number): string => digits(shown(value)) + (percent ? '%' : '');
  const gapClause = gaps.length > 0 ? `; there is ${listInWords(gaps.map(noFigureFor))}` : '';
  const [a, b] = [from.point, to.point];
  const stated = (point: Point): string =>
    point.value === null
      ? `has ${noFigureFor(point.period)}`
      : `was ${format(point.value)} in ${point.period}`;
  if (from === to) return `${input.indicator} ${stated(a)}.`;
  if (a.value === null || b.value === null) {
    return `${input.indicator} ${stated(a)} and ${stated(b)}, so no change can be given${gapClause}.`;
  }
  const change = shown(shown(b.value) - shown(a.value));
  const direction =
    change === 0
      ? 'unchanged at the precision shown'
      : `${change > 0 ? 'up' : 'down'} ${digits(Math.abs(change))}${percent ? ' percentage points' : ''}`;
  return `${input.indicator} ${stated(a)} and ${format(b.value)} in ${b.period}, ${direction}${gapClause}.`;
}

/**
 * A plain-English description of a measure over two periods and the dates of events, for the briefing. It states
 * timing only, never cause; uses percentage points for differences of rates; and says "no figure" for gaps.
 */
export function describeTiming(input: DescribeTimingInput): Answer<TimingDescription> {
  const granularity = input.granularity ?? 'year';
  const decimals = input.decimals ?? 2;
  const slotted = slotSeries(input.series, granularity);
  if (!slotted.ok) return slotted;
  const rows = slotted.rows;
  if (rows.length === 0)
    return refuse(`There are no figures for ${input.indicator.toLowerCase()} to describe.`);
  const find = (label: string | undefined, fallback: SlottedPoint | undefined): SlottedPoint | undefined =>
    label === undefined ? fallback : rows.find((row) => row.point.period === label);
  const from = find(input.from, rows.at(-2) ?? rows.at(-1));
  const to = find(input.to, rows.at(-1));
  if (!from) return refuse(`The series has no period "${input.from ?? ''}".`);
  if (!to) return refuse(`The series has no period "${input.to ?? ''}".`);
  if (from.slot.ordinal > to.slot.ordinal)
    return refuse(`${from.point.period} comes after ${to.point.period}; give them in time order.`);
  const inside = rows.filter(
    (row) => row.slot.ordinal > from.slot.ordinal && row.slot.ordinal < to.slot.ordinal,
  );
  const gaps = [
    ...inside.filter((row) => row.point.value === null).map((row) => row.point.period),
    ...missingPeriods([from, ...inside, to], granularity),
  ];
  const dated = [...input.events].sort((x, y) => x.date.localeCompare(y.date));
  const eventSentences: string[] = [];
  for (const event of dated) {
    const date = when(event.date);
    if (date === null)
      return refuse(
        `The event "${event.name}" has the date "${event.date}", which is not YYYY-MM-DD, YYYY-MM or YYYY.`,
      );
    eventSentences.push(eventClause(event, date));
  }
  const sentences = [figuresSentence(input, from, to, gaps, decimals)];
  if (eventSentences.length === 1)
    sentences.push(`${eventSentences[0] ?? ''}; this shows timing only, not whether it caused any change.`);
  else if (eventSentences.length > 1) {
    sentences.push(...eventSentences.map((sentence) => `${sentence}.`));
    sentences.push('This shows timing only, not whether any of these caused a change.');
  } else sentences.push('This shows change over time only, not its cause.');
  const pandemic = pandemicCaveat([from, ...inside, to], granularity);
  return {
    ok: true,
    text: sentences.join(' '),
    sentences,
    method: 'Plain-English description of two figures and the dates of events.',
    assumptions: [
      `Figures are shown to ${decimals} decimal places and the change is taken between the shown figures.`,
    ],
    caveats: [
      'Timing is not cause: a change after an event may have happened anyway or have other causes.',
      ...(pandemic ? [pandemic] : []),
    ],
  };
}
