import { useCallback, useMemo, useState } from 'react';
import type { LanePointer } from './event-lane';
import { findEventSpan } from './strip-layout';
import type { MergedEvents } from '../../timeline/merge-events';

type Spans = readonly [number, number][];

export interface EventPointer {
  /** What the chart lights up now: the strip's open item, else the event pointed at from a list. */
  spans: Spans | null;
  /** For the strip: the event pointed at on the chart (its details open) or from a list (its button marked). */
  lanePointer: LanePointer | null;
  /** The strip reports the item it has open. */
  onLaneHighlight: (spans: Spans | null) => void;
  /** A mark on the chart reports the event under the pointer. */
  onChartPoint: (key: string | null) => void;
}

/** The strip's open item comes first, then the event pointed at in a list. */
export const litSpans = (laneSpans: Spans | null, listedSpan: [number, number] | null): Spans | null =>
  laneSpans ?? (listedSpan ? [listedSpan] : null);

/** An event pointed at on the chart opens its details in the strip; one pointed at in a list only marks it. */
export const lanePointerOf = (charted: string | null, listed: string | null): LanePointer | null =>
  charted ? { key: charted, open: true } : listed ? { key: listed, open: false } : null;

/**
 * Which event is lit up on a chart, wherever it was pointed at: a strip button (hover or focus), a mark on the
 * chart (hover), or a list beside the chart (`listed`, hover or focus). The strip comes first, then the chart's
 * mark, then the list.
 */
export function useEventPointer(all: MergedEvents, listed: string | null = null): EventPointer {
  const [laneSpans, setLaneSpans] = useState<Spans | null>(null);
  const [charted, setCharted] = useState<string | null>(null);
  const onLaneHighlight = useCallback((next: Spans | null) => setLaneSpans(next), []);
  const onChartPoint = useCallback((key: string | null) => setCharted(key), []);
  const listedSpan = useMemo(() => (listed ? findEventSpan(all, listed) : null), [all, listed]);
  const lanePointer = useMemo(() => lanePointerOf(charted, listed), [charted, listed]);
  return {
    spans: litSpans(laneSpans, listedSpan),
    lanePointer,
    onLaneHighlight,
    onChartPoint,
  };
}
