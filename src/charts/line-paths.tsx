import { useMemo } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { ChartModel } from './series-model';
import type { LineStyle } from './line-styles';

export interface StyledLine {
  key: string;
  style: LineStyle;
}

/** What a layer drawn over a chart's lines reads: the figures, the lines' styles and which lines are hidden. */
export interface SeriesLayerProps<Line extends StyledLine = StyledLine> {
  model: ChartModel;
  lines: readonly Line[];
  hidden: ReadonlySet<string>;
}

type Scale = (value: number) => number | undefined;

/** One line's path: a new stroke after every gap (a missing value or a stretch with no periods), never across it. */
export function linePath(model: ChartModel, key: string, x: Scale, y: Scale): string {
  let path = '';
  let drawing = false;
  for (const period of model.periods) {
    const value = period.values[key];
    const px = period.isBreak || value === null || value === undefined ? undefined : x(period.x);
    const py = value === null || value === undefined ? undefined : y(value);
    if (px === undefined || py === undefined) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/**
 * The lines drawn from the chart's scales as plain paths. Recharts' Line registers itself in the chart's store and
 * re-renders through it several times per change, which made it most of the cost of a redraw; the axes, grid and
 * tooltip stay Recharts'.
 */
export function LinePaths({ model, lines, hidden }: SeriesLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  // Recharts renders its layers again at every update of its store, most of which leave the scales alone; the
  // paths (thousands of points in a long weekly series) are built again only when a scale or the figures change.
  const styles = JSON.stringify(lines);
  const paths = useMemo(() => {
    if (!xScale || !yScale) return null;
    const x: Scale = (value) => xScale(value);
    const y: Scale = (value) => yScale(value);
    return (JSON.parse(styles) as StyledLine[]).map(({ key, style }) =>
      hidden.has(key) ? null : (
        <path
          key={key}
          className="series-line"
          data-line={key}
          d={linePath(model, key, x, y)}
          fill="none"
          stroke={style.colour}
          strokeWidth={style.width}
          strokeDasharray={style.dash || undefined}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ),
    );
  }, [model, styles, hidden, xScale, yScale]);
  if (!paths) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="series-lines" aria-hidden="true">
        {paths}
      </g>
    </ZIndexLayer>
  );
}
