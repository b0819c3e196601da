import { DefaultZIndexes, useActiveTooltipLabel, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { SeriesLayerProps } from './line-paths';

/** A ring on every shown line at the period under the pointer, as the tooltip lists their values. */
export function ActivePoints({ model, lines, hidden }: SeriesLayerProps) {
  const label = useActiveTooltipLabel();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const period = model.periods.find((p) => !p.isBreak && String(p.x) === String(label));
  if (!period || !xScale || !yScale) return null;
  const x = xScale(period.x);
  if (x === undefined) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      <g className="active-points" aria-hidden="true">
        {lines.map(({ key, style }) => {
          const value = period.values[key];
          const y = value === null || value === undefined || hidden.has(key) ? undefined : yScale(value);
          return y === undefined ? null : (
            <circle key={key} cx={x} cy={y} r={6} fill={style.colour} stroke="#fff" strokeWidth={2} />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
