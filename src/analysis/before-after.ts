import { refuse, type Answer, type Interval, type Point } from './analysis-types';
import { oneWayTrend } from './one-way-trend';
import { noFigure } from './slot-series';
import { t95 } from './t-distribution';

/** The 0.975 quantile of the standard normal distribution. */
const Z95 = 1.959963984540054;

const TIMING_ONLY = 'A before/after difference shows timing only: it cannot say whether the event caused it.';

export interface RateDifference {
  before: Point;
  after: Point;
  /** After minus before, in percentage points. */
  difference: number;
  standardError: number | null;
  interval: Interval | null;
}

const hasCount = (point: Point): point is Point & { count: number } =>
  typeof point.count === 'number' && Number.isFinite(point.count) && point.count > 0;

/**
 * Difference of two rates (percentages) in percentage points. With both denominators known, adds a Wald 95%
 * interval for a difference of two proportions; without them, gives the difference alone and says why.
 */
export function differenceOfRates(before: Point, after: Point): Answer<RateDifference> {
  for (const point of [before, after]) {
    if (point.value === null) return refuse(`${noFigure(point.period)}, so no difference can be given.`);
    if (point.value < 0 || point.value > 100) {
      return refuse(`${point.period} has ${point.value}, which is not a percentage between 0 and 100.`);
    }
  }
  const p1 = (before.value ?? Number.NaN) / 100;
  const p2 = (after.value ?? Number.NaN) / 100;
  const difference = (p2 - p1) * 100;
  const shared = {
    ok: true as const,
    before,
    after,
    difference,
    assumptions: ['Each value is a percentage of its count.'],
  };
  if (!hasCount(before) || !hasCount(after)) {
    return {
      ...shared,
      standardError: null,
      interval: null,
      method: 'Difference of two percentages, in percentage points.',
      caveats: [
        'No interval can be computed: the number of pupils or sessions behind each figure was not given.',
        TIMING_ONLY,
      ],
    };
  }
  const standardError = 100 * Math.sqrt((p1 * (1 - p1)) / before.count + (p2 * (1 - p2)) / after.count);
  const few = [before, after].some((point) => {
    const p = (point.value ?? 0) / 100;
    return point.count * p < 10 || point.count * (1 - p) < 10;
  });
  return {
    ...shared,
    standardError,
    interval: {
      lower: difference - Z95 * standardError,
      upper: difference + Z95 * standardError,
      level: 0.95,
    },
    method: 'Difference of two proportions with a Wald 95% interval: d ± 1.96 √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂).',
    assumptions: [
      ...shared.assumptions,
      'Every unit counted (pupil or session) is an independent trial with the same chance of absence.',
    ],
    caveats: [
      'Sessions cluster within pupils and pupils within schools, so the true uncertainty is wider than this interval.',
      'These are census counts, not a sample: the interval covers chance variation only, not what else changed.',
      ...(few ? ['Fewer than 10 absences or attendances on one side: the Wald interval is unreliable.'] : []),
      TIMING_ONLY,
    ],
  };
}

interface Side {
  periods: string[];
  n: number;
  mean: number;
  /** Sample standard deviation; null with a single period. */
  sd: number | null;
}

export interface MeanDifference {
  before: Side;
  after: Side;
  /** Mean after minus mean before, in the units of the figures (percentage points for rates). */
  difference: number;
  interval: (Interval & { df: number; standardError: number }) | null;
}

function describeSide(points: readonly Point[]): Side {
  const values = points.map((point) => point.value ?? Number.NaN);
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
  return { periods: points.map((point) => point.period), n, mean, sd };
}

/**
 * Mean of several periods before against several after, with a Welch t 95% interval (unequal variances,
 * Welch–Satterthwaite degrees of freedom) when each side has at least two periods; otherwise no interval. Refused
 * when the periods, in order, move the same way at every step: the method assumes a steady level on each side.
 */
export function meanBeforeAfter(before: readonly Point[], after: readonly Point[]): Answer<MeanDifference> {
  if (before.length === 0) return refuse('There is no period before the event to compare with.');
  if (after.length === 0) return refuse('There is no period after the event to compare with.');
  const missing = [...before, ...after].filter((point) => point.value === null);
  if (missing.length > 0) {
    return refuse(
      `${missing.map((point) => noFigure(point.period)).join('; ')}. A mean would silently leave it out.`,
    );
  }
  const trend = oneWayTrend([...before, ...after]);
  if (trend !== null) {
    return refuse(
      `No mean: ${trend}, so a mean of the periods before against those after would measure that trend, not a ` +
        'change at the event. The like-for-like pairs above are the comparison.',
    );
  }
  const b = describeSide(before);
  const a = describeSide(after);
  const difference = a.mean - b.mean;
  const caveats = [
    'The periods on each side are treated as independent readings of a steady level; a trend or periods that move ' +
      'together (autocorrelation) make the interval misleading.',
    TIMING_ONLY,
  ];
  const method = 'Mean after minus mean before, with a Welch t 95% interval.';
  const assumptions = [
    'Each side varies around a steady level; the two sides may vary by different amounts.',
  ];
  const result = { ok: true as const, before: b, after: a, difference, method, assumptions };
  if (b.sd === null || a.sd === null) {
    const short = [b.sd === null ? `before has ${b.n}` : '', a.sd === null ? `after has ${a.n}` : ''].filter(
      Boolean,
    );
    const why = `No interval: it needs at least two periods on each side (${short.join(', ')}).`;
    return { ...result, interval: null, caveats: [why, ...caveats] };
  }
  const vb = b.sd ** 2 / b.n;
  const va = a.sd ** 2 / a.n;
  if (vb + va === 0) {
    const why =
      'No interval: the figures do not vary within either side, so their spread cannot be estimated.';
    return { ...result, interval: null, caveats: [why, ...caveats] };
  }
  const standardError = Math.sqrt(vb + va);
  const df = (vb + va) ** 2 / (vb ** 2 / (b.n - 1) + va ** 2 / (a.n - 1));
  const half = t95(df) * standardError;
  const interval = {
    lower: difference - half,
    upper: difference + half,
    level: 0.95 as const,
    df,
    standardError,
  };
  const few =
    b.n + a.n < 8 ? ['With so few periods the interval is wide and the Welch approximation is rough.'] : [];
  return { ...result, interval, caveats: [...few, ...caveats] };
}
