import { memo } from 'react';
import { ChartLegend } from '../../charts/chart-legend';
import { EventLane } from '../../charts/event-lane';
import { EventLayer } from '../../charts/event-layer';
import { TimeSeriesChart, type TimeSeriesChartProps } from '../../charts/time-series-chart';
import type { ChartEvents } from './use-chart-events';

export interface EventsChartProps extends Omit<TimeSeriesChartProps, 'children' | 'xDomain'> {
  events: ChartEvents;
  onToggle: (key: string) => void;
}

/**
 * A time chart with the alliance's events drawn on it, their lane under it, and the legend of its lines.
 * Memoised: drawing is the costly part of a change, so it happens only when something drawn has changed.
 */
export const EventsChart = memo(function EventsChart({ events, onToggle, ...chart }: EventsChartProps) {
  return (
    <>
      <TimeSeriesChart {...chart} {...(events.domain ? { xDomain: events.domain } : {})}>
        <EventLayer merged={events.merged} />
      </TimeSeriesChart>
      {events.domain && events.shown && <EventLane merged={events.merged} domain={events.domain} />}
      <ChartLegend
        lines={chart.model.lines}
        emphasis={chart.emphasis}
        hidden={chart.hidden}
        onToggle={onToggle}
      />
    </>
  );
});
