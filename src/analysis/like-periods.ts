import { refuse, type Answer, type Granularity, type Point, type TimelineEvent } from './analysis-types';
import { farFromEvent } from './data-near-period';
import { duringCaveat, phaseOf, placeEvent, type PlacedEvent } from './event-phase';
import { overlapCaveats, type OverlapPolicy } from './overlapping-events';
import { sameSlotIn, slotKey, termSlot } from './period-slots';
import { leaveOutPandemic, leftOutNotes } from './pandemic-years';
import { noFigure, slotSeries, type SlottedPoint } from './slot-series';

/** One like-for-like comparison: a period before the event and its counterpart after. */
export interface LikePair {
  label: string;
  before: Point;
  after: Point;
}

export interface LikePeriods {
  granularity: Granularity;
  /** Where the event falls, e.g. "2023/24", or "the summer holiday before 2024/25" for an August date. */
  eventPeriod: string;
  /** Points of the event's own period: flagged, never compared. */
  during: Point[];
  /** Said plainly above the results: the nearest compared figure lies further from the event than the stated distance. */
  farFromEvent: string[];
  /** Like periods on each side, oldest first, for mean-before vs mean-after (may hold points with no figure). */
  before: Point[];
  after: Point[];
  pairs: LikePair[];
}

export interface LikePeriodsOptions {
  /** How many like periods to keep on each side for `before` and `after` (years and terms); default 3. */
  perSide?: number;
  otherEvents?: readonly TimelineEvent[];
  onOverlap?: OverlapPolicy;
}

interface Picked {
  before: SlottedPoint[];
  after: SlottedPoint[];
  pairs: [SlottedPoint, SlottedPoint][];
  notes: string[];
}

const hasFigure = (row: SlottedPoint): boolean => row.point.value !== null;
const lackingFigures = (rows: readonly SlottedPoint[]): string =>
  rows
    .filter((row) => !hasFigure(row))
    .map((row) => noFigure(row.point.period))
    .join('; ');

/** Academic years: the nearest years with a figure on each side; lists of the nearest years. */
function pickYears(sided: { before: SlottedPoint[]; after: SlottedPoint[] }, perSide: number): Picked {
  const lastBefore = sided.before.findLast(hasFigure);
  const firstAfter = sided.after.find(hasFigure);
  const skipped = [
    ...sided.before.filter((row) => lastBefore && row.slot.ordinal > lastBefore.slot.ordinal),
    ...sided.after.filter((row) => firstAfter && row.slot.ordinal < firstAfter.slot.ordinal),
  ];
  const notes = skipped.map((row) => `${noFigure(row.point.period)}, so the comparison skips it.`);
  if (!lastBefore) notes.push('No academic year before the event has a figure.');
  if (!firstAfter) notes.push('No academic year after the event has a figure.');
  const pairs: [SlottedPoint, SlottedPoint][] = lastBefore && firstAfter ? [[lastBefore, firstAfter]] : [];
  return { before: sided.before.slice(-perSide), after: sided.after.slice(0, perSide), pairs, notes };
}

function termPairNote(
  before: SlottedPoint | undefined,
  after: SlottedPoint | undefined,
  ordinal: number,
): string {
  const label = termSlot(Math.floor(ordinal / 3), ((ordinal % 3) + 3) % 3).label;
  if (!after) return `No pair for ${label}: it is not in the series.`;
  if (!before) return `No pair for ${label}: the same term a year earlier is not in the series.`;
  return `No pair for ${label}: ${lackingFigures([before, after])}.`;
}

/** Terms: each term after the event (up to a year on) against the same term a year earlier, if that was before. */
function pickTerms(rows: SlottedPoint[], event: PlacedEvent, perSide: number): Picked {
  const byOrdinal = new Map(rows.map((row) => [row.slot.ordinal, row]));
  const eventRow = byOrdinal.get(event.slot.ordinal);
  const firstAfter = event.slot.ordinal + (eventRow && phaseOf(eventRow, event) === 'after' ? 0 : 1);
  const pairs: [SlottedPoint, SlottedPoint][] = [];
  const notes: string[] = [];
  for (let ordinal = firstAfter; ordinal - 3 < event.slot.ordinal && ordinal < firstAfter + 3; ordinal += 1) {
    const after = byOrdinal.get(ordinal);
    const before = byOrdinal.get(ordinal - 3);
    if (after && before && hasFigure(after) && hasFigure(before)) pairs.push([before, after]);
    else if (after || before) notes.push(termPairNote(before, after, ordinal));
  }
  const cycle = ((firstAfter % 3) + 3) % 3;
  const like = rows.filter((row) => row.slot.cycle === cycle);
  return {
    before: like.filter((row) => phaseOf(row, event) === 'before').slice(-perSide),
    after: like.filter((row) => phaseOf(row, event) === 'after').slice(0, perSide),
    pairs,
    notes,
  };
}

/** Weeks: each week after the event against the same ISO week a year earlier, while that week was before it. */
function pickWeeks(rows: SlottedPoint[], event: PlacedEvent): Picked {
  const byKey = new Map(rows.map((row) => [slotKey(row.slot), row]));
  const pairs: [SlottedPoint, SlottedPoint][] = [];
  const notes: string[] = [];
  for (const after of rows.filter((row) => phaseOf(row, event) === 'after')) {
    const before = byKey.get(sameSlotIn(after.slot, after.slot.year - 1));
    if (before && phaseOf(before, event) !== 'before') continue;
    if (!before) notes.push(`${after.point.period} has no same ISO week a year earlier in the series.`);
    else if (!hasFigure(before) || !hasFigure(after)) notes.push(`${lackingFigures([before, after])}.`);
    else pairs.push([before, after]);
  }
  return { before: pairs.map(([before]) => before), after: pairs.map(([, after]) => after), pairs, notes };
}

const usedOrdinals = (picked: Picked): number[] =>
  [...picked.before, ...picked.after, ...picked.pairs.flat()].map((row) => row.slot.ordinal);

const METHOD: Record<Granularity, string> = {
  year: 'Like-for-like academic years: the years before the event against the years after it.',
  term: 'Like-for-like terms: each term after the event against the same term a year earlier.',
  week: 'Like-for-like weeks: each week after the event against the same ISO week a year earlier.',
};

const SEASON: Record<Granularity, string> = {
  year: 'Year-on-year changes carry everything that changed between the years, not only this event.',
  term: 'Only the same term is compared, because absence rises from autumn to summer within every year.',
  week:
    'Half-terms, Easter and illness waves fall in different weeks in different years and areas, so a single week ' +
    'is a noisy comparison.',
};

/**
 * Picks like-for-like comparisons around an event: academic years before vs after (the event's own year set aside
 * as "during"), terms against the same term a year earlier, weeks against the same ISO week a year earlier.
 */
export function likePeriods(
  series: readonly Point[],
  eventDate: string,
  granularity: Granularity,
  options: LikePeriodsOptions = {},
): Answer<LikePeriods> {
  const event = placeEvent(eventDate, granularity);
  if ('ok' in event) return event;
  const slotted = slotSeries(series, granularity);
  if (!slotted.ok) return slotted;
  const perSide = options.perSide ?? 3;
  const pick = (rows: SlottedPoint[]) => {
    const sided = {
      before: rows.filter((row) => phaseOf(row, event) === 'before'),
      after: rows.filter((row) => phaseOf(row, event) === 'after'),
    };
    if (sided.before.length === 0)
      return refuse(`The series has no ${granularity} before ${event.label}, when the event falls.`);
    if (sided.after.length === 0)
      return refuse(`The series has no ${granularity} after ${event.label}, when the event falls.`);
    return granularity === 'year'
      ? pickYears(sided, perSide)
      : granularity === 'term'
        ? pickTerms(rows, event, perSide)
        : pickWeeks(rows, event);
  };
  const like = leaveOutPandemic(slotted.rows, event.academicYear);
  const rows = like.rows;
  const picked = pick(rows);
  const unfiltered = pick(slotted.rows);
  const wouldUse = new Set('ok' in unfiltered ? [] : usedOrdinals(unfiltered));
  const pandemicNotes = leftOutNotes(like.leftOut, wouldUse);
  if ('ok' in picked) return refuse(`${picked.reason} ${pandemicNotes.join(' ')}`.trim());
  if (picked.pairs.length === 0) {
    return refuse(
      `No like-for-like comparison is possible around ${event.label}. ${[...picked.notes, ...pandemicNotes].join(' ')}`.trim(),
    );
  }
  const used = usedOrdinals(picked);
  // The nearest figures the comparisons use on each side: a spring event whose only pair is autumn against autumn
  // is measured months after it, however near an unpaired summer term lies (issue #26).
  const byOrdinal = (a: SlottedPoint, b: SlottedPoint) => a.slot.ordinal - b.slot.ordinal;
  const far = farFromEvent(
    {
      before: picked.pairs
        .map(([before]) => before)
        .sort(byOrdinal)
        .at(-1),
      after: picked.pairs.map(([, after]) => after).sort(byOrdinal)[0],
    },
    event,
    granularity,
  );
  const overlaps = overlapCaveats(
    options.otherEvents ?? [],
    granularity,
    Math.min(...used),
    Math.max(...used),
    options.onOverlap ?? 'caveat',
  );
  if (!Array.isArray(overlaps)) return overlaps;
  return {
    ok: true,
    granularity,
    eventPeriod: event.label,
    during: rows.filter((row) => phaseOf(row, event) === 'during').map((row) => row.point),
    farFromEvent: far,
    before: picked.before.map((row) => row.point),
    after: picked.after.map((row) => row.point),
    pairs: picked.pairs.map(([before, after]) => ({
      label: `${before.point.period} vs ${after.point.period}`,
      before: before.point,
      after: after.point,
    })),
    method: METHOD[granularity],
    assumptions: [
      'Academic years run from 1 September to 31 August.',
      'A period is "before" when it ends before the event\'s own period begins, and "after" when it starts after it.',
      ...(granularity === 'term'
        ? [
            'Terms are read from the period label, else from the month: Sep–Dec autumn, Jan–Mar spring, Apr–Aug summer.',
          ]
        : []),
    ],
    caveats: [
      ...[duringCaveat(rows, event)].filter((text) => text !== null),
      ...pandemicNotes,
      SEASON[granularity],
      ...picked.notes,
      ...overlaps,
    ],
  };
}
