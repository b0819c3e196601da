import { memo, useMemo } from 'react';
import { ChartLegend } from '../../charts/chart-legend';
import { EventHighlight } from './event-highlight';
import { EventLayer } from './event-layer';
import { TimeSeriesChart, type TimeSeriesChartProps } from '../../charts/time-series-chart';
import { EventStrip } from './event-strip';
import type { ChartEvents } from './use-chart-events';
import { useEventPointer } from './use-event-pointer';

export interface EventsChartProps extends Omit<TimeSeriesChartProps, 'children' | 'xDomain'> {
  events: ChartEvents;
  /** Switches a line on or off; without it the chart has no legend of lines (one line needs none). */
  onToggle?: (key: string) => void;
  /** An event (`origin:id`) hovered or focused in a list beside the chart, to light up on it. */
  pointed?: string | null;
}

/** The chart itself is redrawn only when something drawn on it changes, never for a hover on the strip. */
const Chart = memo(TimeSeriesChart);

/**
 * A time chart with the alliance's events marked quietly along its foot, the strip that names them under it,
 * the theme switches, and the legend of its lines. Memoised: drawing is the costly part of a change.
 */
export const EventsChart = memo(function EventsChart({
  events,
  onToggle,
  pointed = null,
  ...chart
}: EventsChartProps) {
  const pointer = useEventPointer(events.all, pointed);
  const { onChartPoint } = pointer;
  const layer = useMemo(
    () => <EventLayer merged={events.merged} onPoint={onChartPoint} />,
    [events.merged, onChartPoint],
  );
  return (
    <>
      <div className="events-chart-plot">
        <Chart {...chart} {...(events.domain ? { xDomain: events.domain } : {})}>
          {layer}
        </Chart>
        {events.domain && <EventHighlight spans={pointer.spans} domain={events.domain} />}
      </div>
      {events.domain && events.shown && (
        <EventStrip
          merged={events.merged}
          all={events.all}
          domain={events.domain}
          onHighlight={pointer.onLaneHighlight}
          pointed={pointer.lanePointer}
        />
      )}
      {onToggle && (
        <ChartLegend
          lines={chart.model.lines}
          emphasis={chart.emphasis}
          hidden={chart.hidden}
          onToggle={onToggle}
        />
      )}
    </>
  );
});
