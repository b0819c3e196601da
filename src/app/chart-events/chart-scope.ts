import { dateToX } from './event-geometry';
import type { SeriesInputRow } from '../../charts/series-model';
import { ENGLAND } from '../../data/ees/geography';
import type { TimelineEvent } from '../../timeline/event';
import { eventsForArea, type ChartArea, type LaRegionLookup } from '../../timeline/event-scope';
import { mergeEvents, type ChartWindow, type MergedEvents } from '../../timeline/merge-events';
import { parseGeo, writeGeo } from '../url/geo-code';

/**
 * The area whose events a trends chart shows, from its `geo` choice:
 * - one local authority (drill:): that LA's scope: England-wide, its region's and its own events; the England and
 *   region lines drawn beside it are context, not subjects;
 * - local authorities of a region (la:): that region's scope: England-wide, the region's and its LAs' events;
 * - England and the regions, or every area of one level: the whole country, so England-wide events and those of
 *   any English area (every English LA lies in one of the regions drawn).
 */
export function chartAreaFor(geography: string, laToRegion: LaRegionLookup): ChartArea {
  const geo = parseGeo(geography);
  if (geo?.kind === 'authority') {
    const { code } = geo;
    const regionCode = laToRegion.get(code);
    return regionCode ? { level: 'local-authority', code, regionCode } : { level: 'local-authority', code };
  }
  if (geo?.kind === 'region-authorities') return { level: 'regional', code: geo.region };
  return { level: 'national', code: ENGLAND.code };
}

/**
 * The trends-style scope for a chart of one area given by its codes: England, or a region (Inner and Outer London
 * count as London, whose authorities they hold).
 */
export function eventScopeFor(codes: readonly string[], level: string): string {
  if (level !== 'Regional' || codes.length === 0) return writeGeo({ kind: 'level', level: 'National' });
  const region = codes.some((c) => c.startsWith('E13')) ? 'E12000007' : (codes[0] ?? ENGLAND.code);
  return writeGeo({ kind: 'region-authorities', region });
}

/** The dates a chart covers (first period's first day to last period's last day) and its x domain. */
export interface ChartSpan {
  window: ChartWindow;
  domain: [number, number];
}

function isoOf(x: number): string {
  return new Date(x).toISOString().slice(0, 10);
}

/**
 * Spans whole periods rather than their midpoints, so an event in the first or last period still has a place on
 * the axis. Null when there is nothing dated to draw.
 */
export function chartSpanOf(rows: readonly SeriesInputRow[]): ChartSpan | null {
  let start: string | null = null;
  let end: string | null = null;
  let low = Infinity;
  let high = -Infinity;
  for (const row of rows) {
    if (row.period_mid === null) continue;
    low = Math.min(low, row.period_mid);
    high = Math.max(high, row.period_mid);
    const first = row.period_start ?? isoOf(row.period_mid);
    const last = row.period_end ?? isoOf(row.period_mid);
    if (start === null || first < start) start = first;
    if (end === null || last > end) end = last;
  }
  if (start === null || end === null) return null;
  return {
    window: { start, end },
    domain: [Math.min(dateToX(start), low), Math.max(dateToX(end), high)],
  };
}

/** Curated events and markers scoped to the chart's area and merged for its window. */
export function chartEventsFor<T extends TimelineEvent>(
  events: readonly T[],
  area: ChartArea,
  laToRegion: LaRegionLookup,
  window: ChartWindow,
): MergedEvents<T> {
  return mergeEvents(eventsForArea(events, area, laToRegion), window);
}
