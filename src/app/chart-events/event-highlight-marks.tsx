import { usePlotArea, useXAxisScale } from 'recharts';

/**
 * The event pointed at, drawn inside a chart's SVG on its own x scale: for a chart that is cheap to redraw and
 * whose margins are its own (the analysis charts). TimeSeriesChart uses EventHighlight, laid over it in HTML.
 */
export function EventHighlightMarks({ spans }: { spans: readonly [number, number][] | null }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot || !spans || spans.length === 0) return null;
  const left = plot.x;
  const right = plot.x + plot.width;
  return (
    <g className="event-highlight-marks" aria-hidden="true" pointerEvents="none">
      {spans.map(([from, to], index) => {
        const x1 = Math.max(left, Math.min(right, scale(from) ?? left));
        const x2 = Math.max(left, Math.min(right, scale(to) ?? right));
        return x2 - x1 > 0.5 ? (
          <rect
            key={index}
            className="highlight-band"
            x={x1}
            y={plot.y}
            width={x2 - x1}
            height={plot.height}
            fill="#1d70b8"
            fillOpacity={0.14}
            stroke="#1d70b8"
            strokeWidth={2}
          />
        ) : (
          <line
            key={index}
            className="highlight-line"
            x1={x1}
            x2={x1}
            y1={plot.y}
            y2={plot.y + plot.height}
            stroke="#1d70b8"
            strokeWidth={2}
          />
        );
      })}
    </g>
  );
}
