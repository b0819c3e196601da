import type { ChartPeriod } from '../charts/series-model';
import { explainMissing, explainPeriodGap } from '../data/ees/missing-values';

/**
 * Why a line has no point in a period, for the hover and the table: the period's own gap (no annual figures for
 * 2019/20) before the symbol the file gives, so a missing figure is explained and never drawn as a zero.
 */
export const gapExplainer =
  (grain: string) =>
  (period: ChartPeriod, key: string): string =>
    explainPeriodGap(period.label, grain) ?? explainMissing(period.flags[key]);
