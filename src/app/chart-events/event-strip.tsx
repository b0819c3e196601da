import { useMemo, type ReactNode } from 'react';
import { EventLane, type LanePointer } from './event-lane';
import { EventThemeToggles } from './event-theme-toggles';
import { themesPresent } from '../../timeline/event-themes';
import type { MergedEvents } from '../../timeline/merge-events';
import { useThemesOff } from './use-themes-off';

export interface EventStripProps {
  /** The events of the themes switched on, as drawn. */
  merged: MergedEvents;
  /** Every event in the chart's period, so a theme switched off keeps its switch. */
  all: MergedEvents;
  /** The chart's x domain (ms): the strip shares its time axis. */
  domain: readonly [number, number];
  onHighlight: (spans: readonly [number, number][] | null) => void;
  pointed: LanePointer | null;
  /** Drawn between the chart and the strip, e.g. a time axis when the strip is wider than the charts above it. */
  axis?: ReactNode;
}

/**
 * The one design of events under every time chart: the labelled strip by theme on the chart's time axis, then the
 * theme switches that are also its legend.
 */
export function EventStrip({ merged, all, domain, onHighlight, pointed, axis }: EventStripProps) {
  const [off, toggleTheme] = useThemesOff();
  const present = useMemo(() => themesPresent(all), [all]);
  return (
    <>
      {axis}
      <EventLane merged={merged} domain={domain} onHighlight={onHighlight} pointed={pointed} />
      <EventThemeToggles off={off} onToggle={toggleTheme} present={present} />
    </>
  );
}
