import {
  refuse,
  type Answer,
  type Granularity,
  type Interval,
  type Point,
  type TimelineEvent,
} from './analysis-types';
import { durbinWatson, lag1Autocorrelation, neweyWestCovariance, neweyWestLags } from './autocorrelation';
import { BREUSCH_GODFREY_ALPHA, breuschGodfrey, type BreuschGodfrey } from './breusch-godfrey';
import { academicYearOfDate } from './period-slots';
import { duringCaveat, phaseOf, placeEvent } from './event-phase';
import { fitLeastSquares } from './least-squares';
import { overlapCaveats, type OverlapPolicy } from './overlapping-events';
import { leaveOutPandemic, leftOutNotes } from './pandemic-years';
import { checkOneTerm, missingPeriods, noFigure, slotSeries, type SlottedPoint } from './slot-series';
import { t95 } from './t-distribution';
import { itsAssumptions, itsCaveats, itsMethod, MIN_SIDE, RECOMMENDED_SIDE } from './segmented-words';
import { weeklySeasons } from './week-of-term';
import { checkNearEvent } from './data-near-event';

export interface Coefficient {
  estimate: number;
  standardError: number;
  interval: Interval;
}

export interface SegmentedRegression {
  eventPeriod: string;
  /** What one step of t is: an academic year (years, or one term across years) or a calendar week. */
  timeUnit: 'academic year' | 'week';
  /** y = intercept + preSlope·t + levelChange·post + slopeChange·(t − t0)·post (+ one term per week of term) */
  coefficients: {
    intercept: Coefficient;
    preSlope: Coefficient;
    levelChange: Coefficient;
    slopeChange: Coefficient;
  };
  df: number;
  residualStandardError: number;
  /**
   * Residual autocorrelation left after the fit, the Newey–West lags allowed for it, and the Breusch–Godfrey test
   * of order 1 (null below 24 figures, where it says little).
   */
  autocorrelation: {
    durbinWatson: number;
    lag1: number;
    lags: number;
    breuschGodfrey: BreuschGodfrey | null;
  };
  /** School years on each side (weekly figures): with a season by week of term, each counts once. */
  schoolYears: { before: number; after: number } | null;
  /** Weeks of term modelled as season (weeks only); empty otherwise. */
  seasons: string[];
  /** Fewer periods on a side than the sources recommend: the result is exploratory. */
  exploratory: boolean;
  /** t of the first period after the event; t = 0 is the first period of the window. */
  t0: number;
  points: { period: string; start: string; t: number; post: boolean; value: number; fitted: number }[];
  /** The pre-event line (and season) carried on over the post periods: a projection, not data. */
  counterfactual: { period: string; start: string; t: number; value: number }[];
  /** Periods set aside as "during" the event. */
  excluded: string[];
}

export interface SegmentedOptions {
  /** The event's own period: set aside (default) or counted as the first post period. */
  during?: 'exclude' | 'post';
  /** Last day of the event's span (YYYY-MM-DD), when it has one: a span with no figures is refused. */
  eventEnd?: string | null;
  otherEvents?: readonly TimelineEvent[];
  onOverlap?: OverlapPolicy;
  /**
   * 'refuse' (default): a Breusch–Godfrey test that rejects no residual autocorrelation refuses the fit. 'report':
   * fit anyway and report the test, for reference checks and for the leave-one-year-out refits.
   */
  residualTest?: 'refuse' | 'report';
}

/** Below this many residuals a test of residual autocorrelation says little, so none is run. */
const MISFIT_MIN_N = 2 * RECOMMENDED_SIDE;

/** School years (by start year) of a side's rows. */
const schoolYearsOf = (rows: readonly SlottedPoint[]): number =>
  new Set(rows.map((row) => academicYearOfDate(row.point.start) ?? row.slot.year)).size;

/**
 * Interrupted time series by segmented least squares (Lopez Bernal, Cummins and Gasparrini 2017; Wagner et al.
 * 2002): y = b0 + b1·t + b2·post + b3·(t − t0)·post, plus week-of-term indicators for weekly figures, with
 * Newey–West standard errors and 95% t intervals (df = n − k), and the counterfactual without the post terms.
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
  const like = leaveOutPandemic(slotted.rows, event.academicYear);
  const all = like.rows;
  const pandemicNotes = leftOutNotes(like.leftOut, new Set(like.leftOut.map(({ row }) => row.slot.ordinal)));
  const mixed = granularity === 'term' ? checkOneTerm(all) : null;
  if (mixed) return mixed;
  const exclude = (options.during ?? 'exclude') === 'exclude';
  const kept = all.filter((row) => !(exclude && phaseOf(row, event) === 'during'));
  const excluded = all.filter((row) => !kept.includes(row)).map((row) => row.point.period);
  const gaps = [
    ...kept.filter((row) => row.point.value === null).map((row) => noFigure(row.point.period)),
    ...missingPeriods(all, granularity)
      .filter((label) => !(exclude && label === event.slot.label))
      .map((label) => `${noFigure(label)} (absent from the series)`),
  ];
  if (gaps.length > 0)
    return refuse(
      `There are gaps inside the window: ${gaps.join('; ')}. A trend cannot be fitted across them.`,
    );
  const near = granularity === 'week' ? checkNearEvent(kept, event, options.eventEnd ?? null) : null;
  if (near) return near;
  const seasonal = granularity === 'week' ? weeklySeasons(kept) : null;
  const rows: SlottedPoint[] = seasonal ? seasonal.rows.map(({ row }) => row) : kept;
  const seasons = seasonal?.seasons ?? [];
  const post = rows.map((row) => phaseOf(row, event) !== 'before');
  const nPost = post.filter(Boolean).length;
  const nPre = rows.length - nPost;
  if (nPre < MIN_SIDE || nPost < MIN_SIDE) {
    const aside = excluded.length > 0 ? `, with ${excluded.join(', ')} set aside as during the event` : '';
    return refuse(
      `Segmented regression needs at least ${MIN_SIDE} periods before and ${MIN_SIDE} after the event; ` +
        `the series has ${nPre} before and ${nPost} after${aside}. ${pandemicNotes.join(' ')}`.trim(),
    );
  }
  const step = granularity === 'term' ? 3 : 1;
  const first = rows[0]?.slot.ordinal ?? 0;
  const t = rows.map((row) => (row.slot.ordinal - first) / step);
  const t0 = t[post.indexOf(true)] ?? 0;
  const seasonColumns = (i: number): number[] =>
    seasons.slice(1).map((season) => (seasonal?.rows[i]?.season === season ? 1 : 0));
  const design = t.map((ti, i) => [...(post[i] ? [1, ti, 1, ti - t0] : [1, ti, 0, 0]), ...seasonColumns(i)]);
  const y = rows.map((row) => row.point.value ?? Number.NaN);
  const fit = fitLeastSquares(design, y);
  if (!fit)
    return refuse(
      'The design matrix is singular: the periods do not separate a trend (and season) from the level and ' +
        'slope changes.',
    );
  const lag1 = lag1Autocorrelation(fit.residuals);
  const dw = durbinWatson(fit.residuals);
  const bg = rows.length >= MISFIT_MIN_N ? breuschGodfrey(design, fit.residuals) : null;
  if (bg && bg.p < BREUSCH_GODFREY_ALPHA && (options.residualTest ?? 'refuse') === 'refuse')
    return refuse(
      `After ${seasons.length > 0 ? 'week-of-term season, ' : ''}trend and the change at the event, the ` +
        `residuals are still autocorrelated: a Breusch–Godfrey test of order 1 rejects no autocorrelation ` +
        `(LM ${bg.lm.toFixed(1)}, p ${bg.p < 0.001 ? '< 0.001' : `= ${bg.p.toFixed(3)}`}, below ` +
        `${BREUSCH_GODFREY_ALPHA}; Durbin–Watson ${dw.toFixed(2)}). The model does not describe this series, so ` +
        'its level and slope changes, and their intervals, would mislead.',
    );
  const schoolYears =
    granularity === 'week'
      ? {
          before: schoolYearsOf(rows.filter((_, i) => !post[i])),
          after: schoolYearsOf(rows.filter((_, i) => post[i])),
        }
      : null;
  const overlaps = overlapCaveats(
    options.otherEvents ?? [],
    granularity,
    first,
    rows.at(-1)?.slot.ordinal ?? first,
    options.onOverlap ?? 'caveat',
  );
  if (!Array.isArray(overlaps)) return overlaps;
  const lags = Math.min(neweyWestLags(rows.length), rows.length - 1);
  const covariance = neweyWestCovariance(design, fit.residuals, fit.xtxInverse, lags);
  const multiplier = t95(fit.df);
  const coefficient = (index: number): Coefficient => {
    const estimate = fit.coefficients[index] ?? Number.NaN;
    const standardError = Math.sqrt(Math.max(0, covariance[index]?.[index] ?? Number.NaN));
    const half = multiplier * standardError;
    return {
      estimate,
      standardError,
      interval: { lower: estimate - half, upper: estimate + half, level: 0.95 },
    };
  };
  const [b2, b3] = [fit.coefficients[2] ?? Number.NaN, fit.coefficients[3] ?? Number.NaN];
  // With a season by week of term, trend and change are told apart only between school years: each counts once.
  const exploratory =
    schoolYears !== null
      ? schoolYears.before < MIN_SIDE || schoolYears.after < MIN_SIDE
      : nPre < RECOMMENDED_SIDE || nPost < RECOMMENDED_SIDE;
  const points = rows.map((row, i) => ({
    period: row.point.period,
    start: row.point.start,
    t: t[i] ?? Number.NaN,
    post: post[i] ?? false,
    value: y[i] ?? Number.NaN,
    fitted: fit.fitted[i] ?? Number.NaN,
  }));
  return {
    ok: true,
    eventPeriod: event.label,
    timeUnit: granularity === 'week' ? 'week' : 'academic year',
    coefficients: {
      intercept: coefficient(0),
      preSlope: coefficient(1),
      levelChange: coefficient(2),
      slopeChange: coefficient(3),
    },
    df: fit.df,
    residualStandardError: fit.sigma,
    autocorrelation: { durbinWatson: dw, lag1, lags, breuschGodfrey: bg },
    schoolYears,
    seasons,
    exploratory,
    t0,
    points,
    counterfactual: points
      .filter((p) => p.post)
      .map(({ period, start, t: ti, fitted }) => ({
        period,
        start,
        t: ti,
        value: fitted - b2 - b3 * (ti - t0),
      })),
    excluded,
    method: itsMethod(fit.df, lags, seasons.length),
    assumptions: itsAssumptions(granularity),
    caveats: [
      ...itsCaveats({ granularity, nPre, nPost, exploratory, lag1, dw, schoolYears }),
      ...(seasonal?.note ? [seasonal.note] : []),
      ...[duringCaveat(all, event)].filter((text) => text !== null),
      ...pandemicNotes,
      ...overlaps,
      'A change at the event shows timing only: other things that changed at the same time could explain it.',
    ],
  };
}
