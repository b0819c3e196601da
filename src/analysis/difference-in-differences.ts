import { refuse, type Answer, type Granularity, type Point, type TimelineEvent } from './analysis-types';
import { farFromEvent } from './data-near-period';
import { duringCaveat, phaseOf, placeEvent, type Phase } from './event-phase';
import { slope } from './least-squares';
import { overlapCaveats, type OverlapPolicy } from './overlapping-events';
import { leaveOutPandemic, leftOutNotes } from './pandemic-years';
import { checkOneTerm, noFigure, slotSeries, type SlottedPoint } from './slot-series';

export interface AreaSeries {
  name: string;
  series: readonly Point[];
}

export interface DidRow {
  period: string;
  start: string;
  phase: Phase;
  treated: number;
  /** Unweighted mean of the comparison areas. */
  comparison: number;
}

interface Side {
  periods: string[];
  treated: number;
  comparison: number;
}

export interface PreTrend {
  /** Least-squares slopes over the pre periods, per `unit`. */
  treatedSlope: number;
  comparisonSlope: number;
  difference: number;
  unit: 'academic year' | 'week';
  /** The slope difference carried from the middle of the pre periods to the middle of the post periods. */
  projectedGap: number;
  /** True when the projected gap is at least half the estimate: the trends do not look parallel. */
  large: boolean;
}

export interface DifferenceInDifferences {
  eventPeriod: string;
  /** Every period with figures for all areas, for a chart of the two lines (including any "during" period). */
  rows: DidRow[];
  pre: Side;
  post: Side;
  /** (post − pre) in the treated area minus (post − pre) in the comparison mean. */
  estimate: number;
  preTrend: PreTrend | null;
  /** Plain sentences when the nearest pre or post period lies further from the event than the stated distance. */
  farFromEvent: string[];
}

export interface DidOptions {
  otherEvents?: readonly TimelineEvent[];
  onOverlap?: OverlapPolicy;
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
const fixed = (value: number): string => value.toFixed(2);

function preTrendOf(
  pre: DidRow[],
  post: DidRow[],
  t: Map<string, number>,
  estimate: number,
  unit: PreTrend['unit'],
): PreTrend | null {
  const x = pre.map((row) => t.get(row.period) ?? Number.NaN);
  const treatedSlope = slope(
    x,
    pre.map((row) => row.treated),
  );
  const comparisonSlope = slope(
    x,
    pre.map((row) => row.comparison),
  );
  if (treatedSlope === null || comparisonSlope === null) return null;
  const difference = treatedSlope - comparisonSlope;
  const span = mean(post.map((row) => t.get(row.period) ?? Number.NaN)) - mean(x);
  const projectedGap = difference * span;
  const large = Math.abs(projectedGap) > 1e-9 && Math.abs(projectedGap) >= 0.5 * Math.abs(estimate);
  return { treatedSlope, comparisonSlope, difference, unit, projectedGap, large };
}

/**
 * Difference-in-differences of a treated area against the unweighted mean of comparison areas: pre and post
 * means, the estimate, and the pre-period trends of both so a chart can show whether they run in parallel.
 */
export function differenceInDifferences(
  treated: AreaSeries,
  comparators: readonly AreaSeries[],
  eventDate: string,
  granularity: Granularity,
  options: DidOptions = {},
): Answer<DifferenceInDifferences> {
  if (comparators.length === 0)
    return refuse('There are no comparison areas; a difference-in-differences needs at least one.');
  const event = placeEvent(eventDate, granularity);
  if ('ok' in event) return event;
  const areas = [treated, ...comparators];
  const slotted: Map<number, SlottedPoint>[] = [];
  for (const area of areas) {
    const result = slotSeries(area.series, granularity);
    if (!result.ok) return refuse(`${area.name}: ${result.reason}`);
    slotted.push(new Map(result.rows.map((row) => [row.slot.ordinal, row])));
  }
  const like = leaveOutPandemic([...(slotted[0]?.values() ?? [])], event.academicYear);
  const own = like.rows;
  const pandemicNotes = leftOutNotes(like.leftOut, new Set(like.leftOut.map(({ row }) => row.slot.ordinal)));
  const mixed = granularity === 'term' ? checkOneTerm(slotted.flatMap((map) => [...map.values()])) : null;
  if (mixed) return mixed;
  const rows: DidRow[] = [];
  const skipped: string[] = [];
  const t = new Map<string, number>();
  const first = own[0]?.slot.ordinal ?? 0;
  for (const row of own) {
    const found = slotted.map((map) => map.get(row.slot.ordinal)?.point.value ?? null);
    const lacking = areas.filter((_, i) => found[i] === null).map((area) => area.name);
    if (lacking.length === areas.length) {
      skipped.push(noFigure(row.slot.label));
      continue;
    }
    const phase = phaseOf(row, event);
    if (lacking.length > 0 && phase === 'during') continue; // shown on charts only, never compared
    if (lacking.length > 0) {
      return refuse(
        `${row.slot.label}: ${lacking.join(', ')} ${lacking.length === 1 ? 'has' : 'have'} no figure while other areas do. ` +
          'Averages over a changing set of areas are not like-for-like; remove the area or the period.',
      );
    }
    const [value, ...others] = found.map((figure) => figure ?? Number.NaN);
    t.set(row.point.period, (row.slot.ordinal - first) / (granularity === 'term' ? 3 : 1));
    rows.push({
      period: row.point.period,
      start: row.point.start,
      phase,
      treated: value ?? Number.NaN,
      comparison: mean(others),
    });
  }
  const pre = rows.filter((row) => row.phase === 'before');
  const post = rows.filter((row) => row.phase === 'after');
  if (pre.length === 0) return refuse(`No period before ${event.slot.label} has figures for every area.`);
  if (post.length === 0) return refuse(`No period after ${event.slot.label} has figures for every area.`);
  const side = (list: DidRow[]): Side => ({
    periods: list.map((row) => row.period),
    treated: mean(list.map((row) => row.treated)),
    comparison: mean(list.map((row) => row.comparison)),
  });
  const ownRow = (row: DidRow | undefined) => own.find((slotted) => slotted.point.period === row?.period);
  const far = farFromEvent(
    { before: ownRow(pre.at(-1)), after: ownRow(post[0]) },
    event,
    granularity,
    granularity === 'term',
  );
  const [before, after] = [side(pre), side(post)];
  const estimate = after.treated - before.treated - (after.comparison - before.comparison);
  const unit = granularity === 'week' ? 'week' : 'academic year';
  const preTrend = preTrendOf(pre, post, t, estimate, unit);
  const last = own.at(-1)?.slot.ordinal ?? first;
  const overlaps = overlapCaveats(
    options.otherEvents ?? [],
    granularity,
    first,
    last,
    options.onOverlap ?? 'caveat',
  );
  if (!Array.isArray(overlaps)) return overlaps;
  const trendCaveat = !preTrend
    ? 'With a single pre period the parallel-trends assumption cannot be checked.'
    : preTrend.large
      ? `Before the event ${treated.name}'s trend differed from the comparison's by ${fixed(preTrend.difference)} per ${unit}; ` +
        `carried on, that alone opens a gap of ${fixed(preTrend.projectedGap)}, at least half the estimate ` +
        `(${fixed(estimate)}). The trends do not look parallel, so the estimate is doubtful.`
      : null;
  return {
    ok: true,
    eventPeriod: event.slot.label,
    rows,
    pre: before,
    post: after,
    estimate,
    preTrend,
    farFromEvent: far,
    method:
      'Difference-in-differences of period means: treated area against the unweighted mean of comparison areas.',
    assumptions: [
      'Without the event, the treated area would have moved in parallel with the comparison mean.',
      'The event did not reach the comparison areas, and nothing else changed in one group only.',
    ],
    caveats: [
      ...(trendCaveat ? [trendCaveat] : []),
      'A national intervention reaches the comparison areas too; this design suits interventions in named areas only.',
      'The comparison mean is unweighted: every area counts the same whatever its number of pupils.',
      'No interval is given: with few areas and periods that move together, a standard error would mislead.',
      ...[duringCaveat(own, event)].filter((text) => text !== null),
      ...pandemicNotes,
      ...skipped.map((text) => `${text} in any area and is left out.`),
      ...overlaps,
      'The estimate shows timing only: it cannot rule out other causes that differed between the areas.',
    ],
  };
}
