import { ReferenceArea, ReferenceLine } from 'recharts';
import type { MergedEvents } from '../timeline/merge-events';
import { bandEndX, dateToX, kindOf, type EventKind } from './event-geometry';
import type { ImageLegendEntry } from './export-image';

/**
 * Curated events are solid grey lines; members' markers are dashed, darker and labelled "M", so the two differ by
 * line pattern and label as well as colour. A date holding both is drawn as a marker date.
 */
export const EVENT_STYLES: Record<'curated' | 'marker', { colour: string; dash: string; width: number }> = {
  curated: { colour: '#6f777b', dash: '', width: 1 },
  marker: { colour: '#0b0c0c', dash: '6 4', width: 2 },
};

/** Legend entries for exported pictures of a chart with events. */
export const EVENT_LEGEND: readonly ImageLegendEntry[] = [
  { name: 'Alliance or DfE event', colour: EVENT_STYLES.curated.colour, dash: EVENT_STYLES.curated.dash },
  { name: 'M: your marker', colour: EVENT_STYLES.marker.colour, dash: EVENT_STYLES.marker.dash },
];

function styleOf(kind: EventKind) {
  return kind === 'curated' ? EVENT_STYLES.curated : EVENT_STYLES.marker;
}

function labelOf(kind: EventKind, count: number): string {
  if (kind === 'curated') return count > 1 ? String(count) : '';
  return count > 1 ? `M${count}` : 'M';
}

/**
 * The events as Recharts reference elements, to be passed as children of TimeSeriesChart. Recharts 3 finds
 * reference elements through its store, not by scanning children, so they may sit inside this component.
 * Lines and bands are drawn for sighted readers; the lane below the chart is the way in for keyboards.
 */
export function EventLayer({ merged }: { merged: MergedEvents }) {
  return (
    <>
      {merged.bands.map((band) => {
        const kind = kindOf([band.event]);
        const style = styleOf(kind);
        return (
          <ReferenceArea
            key={`band:${band.event.origin}:${band.event.id}`}
            x1={dateToX(band.start)}
            x2={bandEndX(band.end)}
            ifOverflow="hidden"
            fill={style.colour}
            fillOpacity={kind === 'curated' ? 0.1 : 0.07}
            stroke={kind === 'curated' ? 'none' : style.colour}
            strokeDasharray={style.dash}
            strokeOpacity={0.6}
            className={`event-band event-${kind}`}
            data-event-id={band.event.id}
            data-origin={kind}
          />
        );
      })}
      {merged.points.map((point) => {
        const kind = kindOf(point.events);
        const style = styleOf(kind);
        const label = labelOf(kind, point.events.length);
        return (
          <ReferenceLine
            key={`point:${point.date}`}
            x={dateToX(point.date)}
            stroke={style.colour}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            className={`event-line event-${kind}`}
            data-date={point.date}
            data-origin={kind}
            label={label ? { value: label, position: 'top', fontSize: 11, fill: '#0b0c0c' } : undefined}
          />
        );
      })}
    </>
  );
}
