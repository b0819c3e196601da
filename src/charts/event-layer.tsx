import { usePlotArea, useXAxisScale } from 'recharts';
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

/** Pixels between the centres of two count labels above the plot; a closer label is left to the lane's button. */
const LABEL_SPACING = 18;

interface PlacedPoint {
  point: MergedEvents['points'][number];
  x: number;
  kind: EventKind;
  label: string;
  showLabel: boolean;
}

/** The points inside the axis with their positions; labels that would overprint the one before are not shown. */
function placePoints(
  merged: MergedEvents,
  at: (x: number) => number | undefined,
  left: number,
  right: number,
): PlacedPoint[] {
  let lastLabel = Number.NEGATIVE_INFINITY;
  const placed: PlacedPoint[] = [];
  for (const point of merged.points) {
    const x = at(dateToX(point.date));
    // Like a reference line, a date outside the axis is not drawn (the lane says so).
    if (x === undefined || x < left - 0.5 || x > right + 0.5) continue;
    const kind = kindOf(point.events);
    const label = labelOf(kind, point.events.length);
    const showLabel = label !== '' && x - lastLabel >= LABEL_SPACING;
    if (showLabel) lastLabel = x;
    placed.push({ point, x, kind, label, showLabel });
  }
  return placed;
}

/**
 * The events drawn straight into the chart's SVG at their dates, as children of TimeSeriesChart. Recharts'
 * ReferenceLine and ReferenceArea register each element in the chart's store, which cost more than the lines
 * themselves on every redraw; here one component reads the x scale and plot area once and draws plain shapes.
 * Lines and bands are drawn for sighted readers; the lane below the chart is the way in for keyboards.
 */
export function EventLayer({ merged }: { merged: MergedEvents }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const left = plot.x;
  const right = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const at = (x: number) => scale(x);
  const placed = placePoints(merged, at, left, right);
  return (
    <g className="event-layer" aria-hidden="true">
      {merged.bands.map((band) => {
        const kind = kindOf([band.event]);
        const style = styleOf(kind);
        const x1 = at(dateToX(band.start));
        const x2 = at(bandEndX(band.end));
        if (x1 === undefined || x2 === undefined) return null;
        // A band reaching past either end of the axis is clipped to the plot, not dropped.
        const from = Math.max(left, Math.min(x1, x2));
        const to = Math.min(right, Math.max(x1, x2));
        if (to <= from) return null;
        return (
          <rect
            key={`band:${band.event.origin}:${band.event.id}`}
            x={from}
            y={top}
            width={to - from}
            height={bottom - top}
            fill={style.colour}
            fillOpacity={kind === 'curated' ? 0.1 : 0.07}
            stroke={kind === 'curated' ? 'none' : style.colour}
            strokeDasharray={style.dash || undefined}
            strokeOpacity={0.6}
            className={`event-band event-${kind}`}
            data-event-id={band.event.id}
            data-origin={kind}
          />
        );
      })}
      {placed.map(({ point, x, kind, label, showLabel }) => {
        const style = styleOf(kind);
        return (
          <g key={`point:${point.date}`}>
            <line
              className={`event-line event-${kind}`}
              data-origin={kind}
              x1={x}
              x2={x}
              y1={top}
              y2={bottom}
              stroke={style.colour}
              strokeWidth={style.width}
              strokeDasharray={style.dash || undefined}
              data-date={point.date}
            />
            {showLabel && (
              <text x={x} y={top - 4} textAnchor="middle" fontSize={11} fill="#0b0c0c">
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
