import { useMemo } from 'react';
import { oncePerAnswer } from '../../charts/once-per-answer';
import type { SeriesInputRow } from '../../charts/series-model';
import type { TimelineEvent } from '../../timeline/event';
import type { ChartArea, LaRegionLookup } from '../../timeline/event-scope';
import type { MergedEvents } from '../../timeline/merge-events';
import { chartAreaFor, chartEventsFor, chartSpanOf, type ChartSpan } from './chart-scope';
import { curatedEvents } from '../../timeline/curated-events';
import { useAreaDirectory } from '../markers/use-area-directory';
import { useMarkers } from '../markers/use-markers';
import { useThemesOff } from './use-themes-off';
import { withoutThemes } from '../../timeline/event-themes';

export interface ChartEvents {
  /** The events of the themes switched on, as drawn. */
  merged: MergedEvents;
  /** Every event in the chart's period, whatever the theme switches say. */
  all: MergedEvents;
  /** The chart's x domain (ms), spanning whole periods; undefined until there are rows. */
  domain: [number, number] | undefined;
  area: ChartArea;
  /** False when the chart leaves the alliance's events out (it is not about attendance, and nobody asked). */
  shown: boolean;
}

const NONE: MergedEvents = { points: [], bands: [] };

/** A chart's span is found once per answer, as its model is. */
const answerSpan = oncePerAnswer(chartSpanOf);

/** The events drawn over a chart's span: none before it has rows, or when it leaves the events out. */
export function eventsOnChart(
  events: readonly TimelineEvent[],
  span: ChartSpan | null,
  area: ChartArea,
  laToRegion: LaRegionLookup,
  shown: boolean,
): MergedEvents {
  return span && shown ? chartEventsFor(events, area, laToRegion, span.window) : NONE;
}

/**
 * The events a chart of `geography` (a trends `geo` choice) draws over `rows`: curated and the member's own; none
 * when `shown` is false (a chart of something other than attendance, until the user asks for them).
 */
export function useChartEvents(
  geography: string,
  rows: readonly SeriesInputRow[],
  shown = true,
): ChartEvents {
  const { laToRegion } = useAreaDirectory();
  const { markers } = useMarkers();
  const span = useMemo(() => answerSpan(rows), [rows]);
  const area = useMemo(() => chartAreaFor(geography, laToRegion), [geography, laToRegion]);
  const [off] = useThemesOff();
  const all = useMemo(
    () => eventsOnChart([...curatedEvents, ...markers], span, area, laToRegion, shown),
    [span, area, laToRegion, markers, shown],
  );
  const merged = useMemo(() => withoutThemes(all, off), [all, off]);
  const domain = span?.domain;
  // One object while its parts stay the same, so a memoised chart is not redrawn for nothing.
  return useMemo(() => ({ merged, all, domain, area, shown }), [merged, all, domain, area, shown]);
}
