import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { EventHighlightMarks } from './event-highlight-marks';
import { EventLayer } from './event-layer';
import type { TimelineEvent } from '../../timeline/event';
import { withoutThemes } from '../../timeline/event-themes';
import { mergeEvents, type MergedEvents } from '../../timeline/merge-events';
import { EventStrip } from './event-strip';
import { useEventPointer } from './use-event-pointer';
import { useThemesOff } from './use-themes-off';

/**
 * The events (already scoped to the area) that charts inside may mark. A view that draws charts of its own, such
 * as the analysis, provides them once rather than through every panel between.
 */
const ScopedEvents = createContext<readonly TimelineEvent[] | null>(null);
export const ChartEventsScope = ScopedEvents.Provider;

const NONE: MergedEvents = { points: [], bands: [] };
const isoOf = (x: number) => new Date(x).toISOString().slice(0, 10);

export interface EventsOnChart {
  /** Goes inside the Recharts chart: the marks at the plot's foot and the event pointed at. */
  layer: ReactNode;
  /** Goes under the chart: the strip and theme switches. The chart must keep TimeSeriesChart's side insets. */
  strip: ReactNode;
}

/**
 * Events on a chart drawn outside the trends views (the analysis), in the same design as every time chart; nothing
 * without a ChartEventsScope around it.
 */
export function useEventsOnChart(domain: readonly [number, number]): EventsOnChart {
  const scoped = useContext(ScopedEvents);
  const [off] = useThemesOff();
  const [from, to] = domain;
  const all = useMemo(
    () =>
      scoped && Number.isFinite(from) && Number.isFinite(to) && from < to
        ? mergeEvents(scoped, { start: isoOf(from), end: isoOf(to) })
        : NONE,
    [scoped, from, to],
  );
  const merged = useMemo(() => withoutThemes(all, off), [all, off]);
  const stableDomain = useMemo<[number, number]>(() => [from, to], [from, to]);
  const pointer = useEventPointer(all);
  if (!scoped || all === NONE) return { layer: null, strip: null };
  return {
    layer: (
      <>
        <EventLayer merged={merged} onPoint={pointer.onChartPoint} />
        <EventHighlightMarks spans={pointer.spans} />
      </>
    ),
    strip: (
      <EventStrip
        merged={merged}
        all={all}
        domain={stableDomain}
        onHighlight={pointer.onLaneHighlight}
        pointed={pointer.lanePointer}
      />
    ),
  };
}
