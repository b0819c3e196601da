import { memo, useMemo, type ReactNode } from 'react';
import type { ChartFigures } from './chart-figures';
import { TimeSeriesChart } from './time-series-chart';
import './small-multiples.css';

export interface SmallMultiplesProps extends ChartFigures {
  /** Drawn in every panel as the reference line. */
  referenceKey: string;
  /** Drawn in every panel on the shared time axis (timeline events). */
  layers?: ReactNode;
  /** Laid over every panel's plot (the event lit up from the strip), without redrawing the panels. */
  overlay?: ReactNode;
  xDomain?: [number, number];
}

/** A panel is redrawn only when its own figures change, not when the overlay lights an event up. */
const Panel = memo(TimeSeriesChart);
const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** One small chart per area on a shared scale, each with the reference (England) line for comparison. */
export function SmallMultiples({
  model,
  referenceKey,
  unit,
  formatValue,
  explainGap,
  layers,
  overlay,
  xDomain,
}: SmallMultiplesProps) {
  const top = useMemo(() => {
    const values = model.periods
      .flatMap((p) => Object.values(p.values))
      .filter((v): v is number => v !== null);
    return values.length ? Math.max(...values) : 1;
  }, [model]);
  const panels = useMemo(() => {
    const reference = model.lines.find((line) => line.key === referenceKey);
    return model.lines
      .filter((line) => line.key !== referenceKey)
      .map((line) => ({
        line,
        model: { lines: reference ? [reference, line] : [line], periods: model.periods },
      }));
  }, [model, referenceKey]);
  const emphasis = useMemo(() => [referenceKey], [referenceKey]);
  return (
    <ul className="small-multiples" aria-label="One chart per area">
      {panels.map(({ line, model: panel }) => (
        <li key={line.key}>
          <h3>{line.name}</h3>
          <div className="small-multiples-plot">
            <Panel
              model={panel}
              emphasis={emphasis}
              hidden={NONE_HIDDEN}
              unit={unit}
              formatValue={formatValue}
              explainGap={explainGap}
              height={170}
              yMax={top}
              {...(xDomain ? { xDomain } : {})}
            >
              {layers}
            </Panel>
            {overlay}
          </div>
        </li>
      ))}
    </ul>
  );
}
