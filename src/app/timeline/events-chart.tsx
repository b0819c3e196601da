import { memo, useCallback, useMemo, useState } from 'react';
import { ChartLegend } from '../../charts/chart-legend';
import { EventHighlight } from '../../charts/event-highlight';
import { EventLane } from '../../charts/event-lane';
import { EventLayer } from '../../charts/event-layer';
import { EventThemeToggles } from '../../charts/event-theme-toggles';
import { TimeSeriesChart, type TimeSeriesChartProps } from '../../charts/time-series-chart';
import { themesPresent } from '../../timeline/event-themes';
import type { ChartEvents } from './use-chart-events';
import { useThemesOff } from './use-themes-off';

export interface EventsChartProps extends Omit<TimeSeriesChartProps, 'children' | 'xDomain'> {
  events: ChartEvents;
  /** Switches a line on or off; without it the chart has no legend of lines (one line needs none). */
  onToggle?: (key: string) => void;
}

/** The chart itself is redrawn only when something drawn on it changes, never for a hover on the strip. */
const Chart = memo(TimeSeriesChart);

/**
 * A time chart with the alliance's events marked quietly along its foot, the strip that names them under it,
 * the theme switches, and the legend of its lines. Memoised: drawing is the costly part of a change.
 */
export const EventsChart = memo(function EventsChart({ events, onToggle, ...chart }: EventsChartProps) {
  const [off, toggleTheme] = useThemesOff();
  const [spans, setSpans] = useState<readonly [number, number][] | null>(null);
  const highlight = useCallback((next: readonly [number, number][] | null) => setSpans(next), []);
  const present = useMemo(() => themesPresent(events.all), [events.all]);
  const layer = useMemo(() => <EventLayer merged={events.merged} />, [events.merged]);
  return (
    <>
      <div className="events-chart-plot">
        <Chart {...chart} {...(events.domain ? { xDomain: events.domain } : {})}>
          {layer}
        </Chart>
        {events.domain && <EventHighlight spans={spans} domain={events.domain} />}
      </div>
      {events.domain && events.shown && (
        <EventLane merged={events.merged} domain={events.domain} onHighlight={highlight} />
      )}
      {events.shown && <EventThemeToggles off={off} onToggle={toggleTheme} present={present} />}
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
