import type { ChartModel, ChartPeriod } from './series-model';

/**
 * What every drawing of a chart model writes its figures with: the time chart, small multiples, the tooltip and
 * the table of the chart's numbers. A view builds it once and hands the same figures to the chart and its table.
 */
export interface ChartFigures {
  model: ChartModel;
  /** The value axis's unit (%, pupils); the table writes it through formatValue instead. */
  unit: string;
  formatValue: (value: number) => string;
  /** Why a line has no figure in a period: said in the tooltip and the table instead of a number. */
  explainGap: (period: ChartPeriod, lineKey: string) => string;
}
