import { percentAlong } from './event-geometry';
import {
  CHART_MARGIN,
  PLOT_INSET_LEFT,
  PLOT_INSET_RIGHT,
  X_AXIS_HEIGHT,
} from '../../charts/time-series-chart';

export interface EventHighlightProps {
  /** Days (from = to) and periods to light up, as x values (ms); null when nothing is hovered or focused. */
  spans: readonly [number, number][] | null;
  domain: readonly [number, number];
}

/**
 * The hovered or focused event drawn over the chart's plot. It is HTML laid over the chart rather than part of its
 * SVG, so lighting an event up never redraws the chart.
 */
export function EventHighlight({ spans, domain }: EventHighlightProps) {
  if (!spans || spans.length === 0) return null;
  return (
    <div
      className="event-highlight"
      aria-hidden="true"
      style={{
        top: CHART_MARGIN.top,
        bottom: CHART_MARGIN.bottom + X_AXIS_HEIGHT,
        left: PLOT_INSET_LEFT,
        right: PLOT_INSET_RIGHT,
      }}
    >
      {spans.map(([from, to], index) => {
        const left = percentAlong(from, domain);
        const width = percentAlong(to, domain) - left;
        return (
          <span
            key={index}
            className={width > 0 ? 'highlight-band' : 'highlight-line'}
            style={{ left: `${left}%`, width: width > 0 ? `${width}%` : undefined }}
          />
        );
      })}
    </div>
  );
}
