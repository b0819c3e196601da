import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

export interface GridLinesProps {
  /** The time axis's ticks (ms), each marked by a vertical line. */
  xTicks: readonly number[];
  /** The value axis's ticks, each marked by a horizontal line. */
  yTicks: readonly number[];
  stroke: string;
  strokeDasharray: string;
}

/** Pixel positions of ticks on an axis, with the plot's two edges added when no tick falls on them (as Recharts does). */
export function gridPositions(
  ticks: readonly number[],
  scale: (value: number) => number | undefined,
  edges: readonly [number, number],
): number[] {
  const positions = ticks.map(scale).filter((p): p is number => p !== undefined && Number.isFinite(p));
  for (const edge of edges) if (!positions.includes(edge)) positions.push(edge);
  return positions;
}

/**
 * The plot's grid at the axes' own ticks, drawn as plain lines where Recharts' CartesianGrid would be. The grid's
 * own tick layout measured every label again on each redraw (about a tenth of a change's script time in a profile
 * of the Trends changes), though the chart already knows its ticks.
 */
export function GridLines({ xTicks, yTicks, stroke, strokeDasharray }: GridLinesProps) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!plot || !xScale || !yScale) return null;
  const xs = gridPositions(xTicks, (v) => xScale(v), [plot.x, plot.x + plot.width]);
  const ys = gridPositions(yTicks, (v) => yScale(v), [plot.y, plot.y + plot.height]);
  const line = { stroke, strokeDasharray, fill: 'none' };
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.grid}>
      <g className="recharts-cartesian-grid" aria-hidden="true">
        <g className="recharts-cartesian-grid-horizontal">
          {ys.map((y, i) => (
            <line key={i} {...line} x1={plot.x} y1={y} x2={plot.x + plot.width} y2={y} />
          ))}
        </g>
        <g className="recharts-cartesian-grid-vertical">
          {xs.map((x, i) => (
            <line key={i} {...line} x1={x} y1={plot.y} x2={x} y2={plot.y + plot.height} />
          ))}
        </g>
      </g>
    </ZIndexLayer>
  );
}
