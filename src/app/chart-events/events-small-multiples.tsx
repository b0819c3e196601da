import { useMemo } from 'react';
import { EventHighlight } from './event-highlight';
import { EventLayer } from './event-layer';
import { SmallMultiples, type SmallMultiplesProps } from '../../charts/small-multiples';
import { StripAxis } from './strip-axis';
import { EventStrip } from './event-strip';
import type { ChartEvents } from './use-chart-events';
import { useEventPointer } from './use-event-pointer';

export interface EventsSmallMultiplesProps extends Omit<
  SmallMultiplesProps,
  'layers' | 'overlay' | 'xDomain'
> {
  events: ChartEvents;
}

/**
 * Small multiples with the events as on every time chart: marks along each panel's foot, one strip under the
 * panels on the same time span (with its own axis, being wider than a panel), and the event pointed at lit up in
 * every panel.
 */
export function EventsSmallMultiples({ events, ...multiples }: EventsSmallMultiplesProps) {
  const pointer = useEventPointer(events.all);
  const { onChartPoint } = pointer;
  const layer = useMemo(
    () => <EventLayer merged={events.merged} onPoint={onChartPoint} />,
    [events.merged, onChartPoint],
  );
  const { domain } = events;
  const periods = useMemo(
    () => multiples.model.periods.filter((p) => !p.isBreak).map((p) => [p.x, p.label] as const),
    [multiples.model],
  );
  return (
    <>
      <SmallMultiples
        {...multiples}
        layers={layer}
        overlay={domain && <EventHighlight spans={pointer.spans} domain={domain} />}
        {...(domain ? { xDomain: domain } : {})}
      />
      {domain && events.shown && (
        <EventStrip
          merged={events.merged}
          all={events.all}
          domain={domain}
          onHighlight={pointer.onLaneHighlight}
          pointed={pointer.lanePointer}
          axis={<StripAxis periods={periods} domain={domain} />}
        />
      )}
    </>
  );
}
