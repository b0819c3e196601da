import { percentAlong } from './event-geometry';
import { PLOT_INSET_LEFT, PLOT_INSET_RIGHT } from '../../charts/time-series-chart';
import { timeTicks } from '../../charts/time-ticks';
import { useElementWidth } from '../../charts/use-element-width';

export interface StripAxisProps {
  /** The periods as [x, label], as the charts above label them. */
  periods: readonly (readonly [number, string])[];
  domain: readonly [number, number];
}

/**
 * A time axis of its own for a strip that is wider than the charts it serves (small multiples): the same periods
 * on the same domain, so an event's place in the strip reads against the years as it does in each small chart.
 */
export function StripAxis({ periods, domain }: StripAxisProps) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const ticks = timeTicks(periods, domain, Math.max(0, width - PLOT_INSET_LEFT - PLOT_INSET_RIGHT));
  const labels = new Map(periods.map(([x, label]) => [x, label]));
  return (
    <div ref={box} className="strip-axis" aria-hidden="true">
      <span className="strip-axis-name" style={{ width: PLOT_INSET_LEFT - 6 }}>
        Events
      </span>
      <div className="strip-axis-ticks" style={{ left: PLOT_INSET_LEFT, right: PLOT_INSET_RIGHT }}>
        {ticks.map((x) => (
          <span key={x} style={{ left: `${percentAlong(x, domain)}%` }}>
            {labels.get(x)}
          </span>
        ))}
      </div>
    </div>
  );
}
