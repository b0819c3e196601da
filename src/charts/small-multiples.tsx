import type { ReactNode } from 'react';
import type { ChartModel, ChartPeriod } from './series-model';
import { TimeSeriesChart } from './time-series-chart';

export interface SmallMultiplesProps {
  model: ChartModel;
  /** Drawn in every panel as the reference line. */
  referenceKey: string;
  unit: string;
  formatValue: (value: number) => string;
  explainGap: (period: ChartPeriod, lineKey: string) => string;
  /** Drawn in every panel on the shared time axis (timeline events). */
  layers?: ReactNode;
  xDomain?: [number, number];
}

/** One small chart per area on a shared scale, each with the reference (England) line for comparison. */
export function SmallMultiples({
  model,
  referenceKey,
  unit,
  formatValue,
  explainGap,
  layers,
  xDomain,
}: SmallMultiplesProps) {
  const reference = model.lines.find((line) => line.key === referenceKey);
  const values = model.periods.flatMap((p) => Object.values(p.values)).filter((v): v is number => v !== null);
  const top = values.length ? Math.max(...values) : 1;
  return (
    <ul className="small-multiples" aria-label="One chart per area">
      {model.lines
        .filter((line) => line.key !== referenceKey)
        .map((line) => (
          <li key={line.key}>
            <h3>{line.name}</h3>
            <TimeSeriesChart
              model={{ lines: reference ? [reference, line] : [line], periods: model.periods }}
              emphasis={[referenceKey]}
              hidden={new Set()}
              unit={unit}
              formatValue={formatValue}
              explainGap={explainGap}
              height={170}
              yMax={top}
              {...(xDomain ? { xDomain } : {})}
            >
              {layers}
            </TimeSeriesChart>
          </li>
        ))}
    </ul>
  );
}
