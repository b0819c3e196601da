import {
  refuse,
  type Answer,
  type Granularity,
  type Interval,
  type Point,
  type TimelineEvent,
} from './analysis-types';
import { duringCaveat, phaseOf, placeEvent } from './event-phase';
import { fitLeastSquares } from './least-squares';
import { overlapCaveats, type OverlapPolicy } from './overlapping-events';
import { checkOneTerm, missingPeriods, noFigure, pandemicCaveat, slotSeries } from './slot-series';
import { t95 } from './t-distribution';

export interface Coefficient {
  estimate: number;
  standardError: number;
  interval: Interval;
}

export interface SegmentedRegression {
  eventPeriod: string;
  /** What one step of t is: an academic year (years, or one term across years) or a calendar week. */
  timeUnit: 'academic year' | 'week';
  /** y = intercept + preSlope·t + levelChange·post + slopeChange·(t − t0)·post */
  coefficients: {
    intercept: Coefficient;
    preSlope: Coefficient;
    levelChange: Coefficient;
    slopeChange: Coefficient;
  };
  df: number;
  residualStandardError: number;
  /** t of the first period after the event; t = 0 is the first period of the window. */
  t0: number;
  points: { period: string; start: string; t: number; post: boolean; value: number; fitted: number }[];
  /** The pre-event line carried on over the post periods: intercept + preSlope·t. */
  counterfactual: { period: string; start: string; t: number; value: number }[];
  /** Periods set aside as "during" the event. */
  excluded: string[];
}

export interface SegmentedOptions {
  /** The event's own period: set aside (default) or counted as the first post period. */
  during?: 'exclude' | 'post';
  otherEvents?: readonly TimelineEvent[];
  onOverlap?: OverlapPolicy;
}

const MIN_SIDE = 3;

const SEASON: Record<Granularity, string> = {
  year: 'Annual figures carry no season, but each year differs in ways (illness, calendar) a straight line ignores.',
  term: 'One term across years is used, so the autumn-to-summer season does not enter the fit.',
  week:
    'Weekly figures carry a season (illness rises into winter, end-of-term weeks differ) that straight lines do not ' +
    'remove; prefer like weeks a year apart.',
};

/**
 * Interrupted time series by segmented OLS: y = b0 + b1·t + b2·post + b3·(t − t0)·post, with standard errors and
 * 95% t intervals (df = n − 4), and the counterfactual b0 + b1·t over the post periods.
 */
export function segmentedRegression(
  series: readonly Point[],
  eventDate: string,
  granularity: Granularity,
  options: SegmentedOptions = {},
): Answer<SegmentedRegression> {
  const event = placeEvent(eventDate, granularity);
  if ('ok' in event) return event;
  const slotted = slotSeries(series, granularity);
  if (!slotted.ok) return slotted;
  const all = slotted.rows;
  const mixed = granularity === 'term' ? checkOneTerm(all) : null;
  if (mixed) return mixed;
  const exclude = (options.during ?? 'exclude') === 'exclude';
  const rows = all.filter((row) => !(exclude && phaseOf(row, event) === 'during'));
  const excluded = all.filter((row) => !rows.includes(row)).map((row) => row.point.period);
  const gaps = [
    ...rows.filter((row) => row.point.value === null).map((row) => noFigure(row.point.period)),
    ...missingPeriods(all, granularity)
      .filter((label) => !(exclude && label === event.slot.label))
      .map((label) => `${noFigure(label)} (absent from the series)`),
  ];
  if (gaps.length > 0)
    return refuse(
      `There are gaps inside the window: ${gaps.join('; ')}. A trend cannot be fitted across them.`,
    );
  const post = rows.map((row) => phaseOf(row, event) !== 'before');
  const nPost = post.filter(Boolean).length;
  const nPre = rows.length - nPost;
  if (nPre < MIN_SIDE || nPost < MIN_SIDE) {
    const aside = excluded.length > 0 ? `, with ${excluded.join(', ')} set aside as during the event` : '';
    return refuse(
      `Segmented regression needs at least ${MIN_SIDE} periods before and ${MIN_SIDE} after the event; ` +
        `the series has ${nPre} before and ${nPost} after${aside}.`,
    );
  }
  const step = granularity === 'term' ? 3 : 1;
  const first = rows[0]?.slot.ordinal ?? 0;
  const t = rows.map((row) => (row.slot.ordinal - first) / step);
  const t0 = t[post.indexOf(true)] ?? 0;
  const design = t.map((ti, i) => (post[i] ? [1, ti, 1, ti - t0] : [1, ti, 0, 0]));
  const y = rows.map((row) => row.point.value ?? Number.NaN);
  const fit = fitLeastSquares(design, y);
  if (!fit)
    return refuse(
      'The design matrix is singular: the periods do not separate a trend from the level and slope changes.',
    );
  const overlaps = overlapCaveats(
    options.otherEvents ?? [],
    granularity,
    first,
    rows.at(-1)?.slot.ordinal ?? first,
    options.onOverlap ?? 'caveat',
  );
  if (!Array.isArray(overlaps)) return overlaps;
  const multiplier = t95(fit.df);
  const coefficient = (index: number): Coefficient => {
    const estimate = fit.coefficients[index] ?? Number.NaN;
    const standardError = fit.standardErrors[index] ?? Number.NaN;
    const half = multiplier * standardError;
    return {
      estimate,
      standardError,
      interval: { lower: estimate - half, upper: estimate + half, level: 0.95 },
    };
  };
  const [b0, b1] = [fit.coefficients[0] ?? Number.NaN, fit.coefficients[1] ?? Number.NaN];
  return {
    ok: true,
    eventPeriod: event.slot.label,
    timeUnit: granularity === 'week' ? 'week' : 'academic year',
    coefficients: {
      intercept: coefficient(0),
      preSlope: coefficient(1),
      levelChange: coefficient(2),
      slopeChange: coefficient(3),
    },
    df: fit.df,
    residualStandardError: fit.sigma,
    t0,
    points: rows.map((row, i) => ({
      period: row.point.period,
      start: row.point.start,
      t: t[i] ?? Number.NaN,
      post: post[i] ?? false,
      value: y[i] ?? Number.NaN,
      fitted: fit.fitted[i] ?? Number.NaN,
    })),
    counterfactual: rows
      .map((row, i) => ({
        period: row.point.period,
        start: row.point.start,
        t: t[i] ?? Number.NaN,
        post: post[i],
      }))
      .filter((row) => row.post)
      .map(({ period, start, t: ti }) => ({ period, start, t: ti, value: b0 + b1 * ti })),
    excluded,
    method: `Segmented regression (interrupted time series) by ordinary least squares, 95% t intervals on ${fit.df} df.`,
    assumptions: [
      'Before the event the series follows a straight line; at the event it may change level and slope.',
      'Errors are independent with constant variance.',
      granularity === 'week'
        ? 'Time is counted in calendar weeks; holiday weeks have no figures but still pass.'
        : 'Time is counted in academic years.',
    ],
    caveats: [
      'Autocorrelation is not modelled: neighbouring periods move together, so the intervals are likely too narrow.',
      SEASON[granularity],
      'The counterfactual assumes the pre-event trend would have carried on unchanged; it is a projection, not data.',
      'With few periods one unusual period can move the lines a long way.',
      ...[duringCaveat(all, event), pandemicCaveat(rows, granularity)].filter((text) => text !== null),
      ...overlaps,
      'A change at the event shows timing only: other things that changed at the same time could explain it.',
    ],
  };
}
