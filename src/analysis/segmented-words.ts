import type { Granularity } from './analysis-types';

/** Fewer periods than this on a side, and no trend is fitted at all. */
export const MIN_SIDE = 3;
/**
 * Wagner et al. (2002) recommend at least 12 points before and 12 after an intervention, enough to estimate a
 * season and see the variability; below it the result is shown as exploratory.
 */
export const RECOMMENDED_SIDE = 12;

export const SOURCES =
  'Lopez Bernal, Cummins and Gasparrini (2017), "Interrupted time series regression for the evaluation of public ' +
  'health interventions: a tutorial", and Wagner et al. (2002), "Segmented regression analysis of interrupted ' +
  'time series studies in medication use research"';

export function itsMethod(df: number, lags: number, seasons: number): string {
  const season =
    seasons > 0 ? ` with indicators for ${seasons} weeks of term (the first is the reference)` : '';
  return (
    `Segmented regression (interrupted time series) by least squares${season}, following ${SOURCES}. ` +
    `Standard errors are Newey–West (Bartlett weights, ${lags} lag${lags === 1 ? '' : 's'}, small-sample ` +
    `correction), so neighbouring periods that move together widen them; 95% t intervals on ${df} df.`
  );
}

export function itsAssumptions(granularity: Granularity): string[] {
  return [
    'Before the event the series follows a straight line; at the event it may change level and slope.',
    granularity === 'week'
      ? 'Each week of term has its own season, the same every year; weeks are counted in calendar weeks, so ' +
        'holidays pass without figures. Week 1 of the autumn term is the week holding the first Monday of ' +
        'September: the one date every school year shares. Half-terms differ by authority and year and are not ' +
        'aligned, so a week of term can mix weeks either side of a half-term; the leave-one-year-out range shows ' +
        'how much the estimate depends on such choices.'
      : 'Time is counted in academic years; one term across years carries no within-year season.',
    'Residual autocorrelation is allowed for by Newey–West standard errors, counted between neighbouring figures ' +
      '(across holidays too).',
  ];
}

export interface CaveatInput {
  granularity: Granularity;
  nPre: number;
  nPost: number;
  exploratory: boolean;
  lag1: number;
  dw: number;
  schoolYears: { before: number; after: number } | null;
}

export function itsCaveats(input: CaveatInput): string[] {
  const residuals =
    `Residual lag-1 autocorrelation after the fit is ${input.lag1.toFixed(2)} (Durbin–Watson ` +
    `${input.dw.toFixed(2)}; about 2 means none).`;
  return [
    ...(input.exploratory
      ? [
          input.schoolYears
            ? `Exploratory only: ${input.schoolYears.before} school year${input.schoolYears.before === 1 ? '' : 's'} ` +
              `before and ${input.schoolYears.after} after the event (${input.nPre} and ${input.nPost} weeks). ` +
              'With a season for each week of term, the trend and the change at the event are told apart only ' +
              `between school years, so each counts once, and fewer than ${MIN_SIDE} a side cannot show a trend ` +
              'from one unusual year.'
            : `Exploratory only: ${input.nPre} periods before and ${input.nPost} after the event, fewer than the 12 ` +
              'on each side Wagner et al. (2002) recommend. With so few, one unusual period can move the lines a ' +
              'long way.',
        ]
      : []),
    residuals,
    ...(input.granularity === 'year'
      ? [
          'Annual figures carry no season, but each year differs in ways (illness, calendar) a straight line ignores.',
        ]
      : []),
    'The counterfactual assumes the pre-event trend (and season) would have carried on unchanged; it is a ' +
      'projection, not data.',
  ];
}
