import { usePlotArea, useXAxisScale } from 'recharts';
import type { TimelineEvent } from '../../timeline/event';
import { themeIdOf, eventTheme } from '../../timeline/event-themes';
import type { MergedEvents } from '../../timeline/merge-events';
import { bandEndX, dateToX, kindOf } from './event-geometry';
import type { ImageLegendEntry } from '../../charts/export-image';
import { eventKey } from './strip-layout';

/** How tall the ticks and period bars along the foot of the plot are: they mark when, the strip says what. */
const TICK = 9;
const BAR = 5;
/** The pointer's target around a tick or bar: wider and taller than the mark, which is drawn thin to stay quiet. */
const HIT_WIDTH = 12;
const HIT_HEIGHT = 18;

/** Legend entries for exported pictures of a chart with events. */
export const EVENT_LEGEND: readonly ImageLegendEntry[] = [
  { name: 'Tick or bar at the foot: an event (see the strip under the chart)', colour: '#505a5f', dash: '' },
];

/** A period known to the day (not a month or year whose day is unknown) is worth a light wash over the plot. */
function isDatedPeriod(event: TimelineEvent): boolean {
  return (
    event.precision === 'day' &&
    event.end !== null &&
    dateToX(event.end) - dateToX(event.start) >= 6 * 86_400_000
  );
}

/**
 * The events drawn quietly into the chart's SVG, as children of TimeSeriesChart: a short tick at the foot of the
 * plot for a dated event, a thin bar for a period, and a light wash only over a period known to the day. Nothing
 * crosses the lines of data; the strip under the chart names the events and lights one up on hover or focus.
 * One component reads the x scale and plot area once and draws plain shapes (Recharts' reference elements cost
 * more than the lines themselves on every redraw).
 * Pointing at a mark calls `onPoint` with the event's key (`origin:id`), so the strip can open its details and the
 * chart light it up. The marks stay hidden from assistive technology and out of the tab order: the strip's buttons
 * are the same events, reached by keyboard.
 */
export function EventLayer({
  merged,
  onPoint,
}: {
  merged: MergedEvents;
  onPoint?: (key: string | null) => void;
}) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const left = plot.x;
  const right = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const at = (x: number) => scale(x);
  const pointer = (key: string) =>
    onPoint ? { onMouseEnter: () => onPoint(key), onMouseLeave: () => onPoint(null) } : {};
  return (
    <g className="event-layer" aria-hidden="true">
      {merged.bands.map((band) => {
        const theme = eventTheme(themeIdOf(band.event));
        const x1 = at(dateToX(band.start));
        const x2 = at(bandEndX(band.end));
        if (x1 === undefined || x2 === undefined) return null;
        // A band reaching past either end of the axis is clipped to the plot, not dropped.
        const from = Math.max(left, Math.min(x1, x2));
        const to = Math.min(right, Math.max(x1, x2));
        if (to <= from) return null;
        const key = `band:${band.event.origin}:${band.event.id}`;
        return (
          <g
            key={key}
            className="event-band-group"
            data-event-id={band.event.id}
            data-event={eventKey(band.event)}
            {...pointer(eventKey(band.event))}
          >
            {isDatedPeriod(band.event) && (
              <rect
                x={from}
                y={top}
                width={to - from}
                height={bottom - top}
                fill={theme.colour}
                fillOpacity={0.05}
              />
            )}
            <rect
              className={`event-band event-${kindOf([band.event])}`}
              data-origin={band.event.origin}
              x={from}
              y={bottom - BAR}
              width={Math.max(2, to - from)}
              height={BAR}
              fill={theme.colour}
              fillOpacity={0.55}
            />
            {onPoint && (
              <rect
                className="event-hit"
                x={from}
                y={bottom - HIT_HEIGHT}
                width={Math.max(HIT_WIDTH, to - from)}
                height={HIT_HEIGHT}
                fill="transparent"
              />
            )}
          </g>
        );
      })}
      {merged.points.map((point) => {
        const x = at(dateToX(point.date));
        // Like a reference line, a date outside the axis is not drawn (the strip says so).
        if (x === undefined || x < left - 0.5 || x > right + 0.5) return null;
        const kind = kindOf(point.events);
        const first = point.events[0];
        const colour = first ? eventTheme(themeIdOf(first)).colour : '#505a5f';
        const key = first ? eventKey(first) : point.date;
        return (
          <g key={`point:${point.date}`} className="event-point-group" data-event={key} {...pointer(key)}>
            <line
              className={`event-line event-${kind}`}
              data-origin={kind}
              data-date={point.date}
              x1={x}
              x2={x}
              y1={bottom - TICK}
              y2={bottom}
              stroke={colour}
              strokeWidth={kind === 'curated' ? 2 : 3}
            />
            {onPoint && (
              <rect
                className="event-hit"
                x={x - HIT_WIDTH / 2}
                y={bottom - HIT_HEIGHT}
                width={HIT_WIDTH}
                height={HIT_HEIGHT}
                fill="transparent"
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
