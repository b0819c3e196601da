import { DefaultZIndexes, Symbols, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { useId, useMemo } from 'react';
import { useStable } from './use-stable';
import type { SeriesLayerProps, StyledLine } from './line-paths';

export interface MarkedLine extends StyledLine {
  /** The marker's area in square pixels, as Recharts' Symbols measures it. */
  size: number;
}

/**
 * Every line's markers in one layer, where Recharts' dots would be: each line's shape is drawn once and placed at
 * its points with <use>. Recharts' own dots are a component with many props apiece, which made them the costliest
 * part of a redraw; these are plain elements. Only values are marked, so a gap has no marker.
 */
export function LineMarkers({ model, lines, hidden }: SeriesLayerProps<MarkedLine>) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  // useId gives characters an href fragment would have to escape; the letters and digits are unique enough.
  const prefix = `marker${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  // The shapes change only with the lines' styles, not with their figures: Recharts' Symbols drawn again at every
  // change were a tenth of a redraw's script time in a profile of the Trends changes.
  const shapes = useStable(lines.map(({ key, style, size }) => ({ key, style, size })));
  const defs = useMemo(
    () => (
      <defs>
        {shapes.map((line, index) => (
          <g key={line.key} id={`${prefix}-${index}`}>
            <Symbols
              cx={0}
              cy={0}
              type={line.style.shape}
              size={line.size}
              fill={line.style.colour}
              stroke="#fff"
              strokeWidth={1}
            />
          </g>
        ))}
      </defs>
    ),
    [shapes, prefix],
  );
  if (!xScale || !yScale) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="line-markers" aria-hidden="true">
        {defs}
        {lines.map((line, index) =>
          hidden.has(line.key) ? null : (
            <g key={line.key} data-line={line.key}>
              {model.periods.map((period) => {
                const value = period.values[line.key];
                if (period.isBreak || value === null || value === undefined) return null;
                const x = xScale(period.x);
                const y = yScale(value);
                if (x === undefined || y === undefined) return null;
                return <use key={period.x} href={`#${prefix}-${index}`} x={x} y={y} />;
              })}
            </g>
          ),
        )}
      </g>
    </ZIndexLayer>
  );
}
