import { describeTiming } from '../../analysis/describe-timing';
import { bandEndX, dateToX } from '../chart-events/event-geometry';
import type { SeriesInputRow } from '../../charts/series-model';
import { ENGLAND } from '../../data/ees/geography';
import type { TimelineEvent } from '../../timeline/event';
import { withoutThemes, type EventThemeId } from '../../timeline/event-themes';
import { mergeEvents } from '../../timeline/merge-events';
import { summaryEvents } from './briefing-themes';
import { headlinePoints } from './england-series';
import { BASELINE_YEAR } from './headline-figures';

const BASELINE = `${BASELINE_YEAR}/${String((BASELINE_YEAR + 1) % 100).padStart(2, '0')}`;

/** The first and last day the chart's figures cover ('' before any rows). */
export const chartSpan = (rows: readonly SeriesInputRow[]) => ({
  first: rows[0]?.period_start ?? '',
  last: rows.at(-1)?.period_end ?? '',
});

/** Events that start within the chart's years: the chart marks no event it cannot place. */
export const eventsWithin = (events: readonly TimelineEvent[], first: string, last: string) =>
  events.filter((event) => event.start >= first && event.start <= last);

/** The events layer of England's chart: merged over the span, less the themes switched off; none before rows. */
export function briefingChartEvents(
  shown: readonly TimelineEvent[],
  first: string,
  last: string,
  off: ReadonlySet<EventThemeId>,
) {
  if (!first || !last) return null;
  const all = mergeEvents(shown, { start: first, end: last });
  return {
    all,
    merged: withoutThemes(all, off),
    shown: true,
    domain: [dateToX(first), bandEndX(last)] as [number, number],
    area: { level: 'national' as const, code: ENGLAND.code },
  };
}

export const BRIEFING_CSV_COLUMNS = ['period', 'period_start', 'area_code', 'area_name', 'value', 'flag'];

/** The CSV of the chart: England's figures rounded as shown, a missing one left empty. */
export const briefingCsv = (rows: readonly SeriesInputRow[]) =>
  rows.map((row) => ({ ...row, value: row.value === null ? null : Number(row.value.toFixed(2)) }));

/**
 * The summary's two answers, written from the figures and the timeline: the latest change, then the change since
 * 2018/19 beside the programmes' dates. Null until there are dated figures.
 */
export function briefingSummary(
  rows: readonly { period: string; period_start: string | null; value: number | null }[],
  events: readonly TimelineEvent[],
) {
  const series = headlinePoints(rows)
    .filter((p) => p.start !== null)
    .map((p) => ({ period: p.period, start: p.start ?? '', value: p.value }));
  if (series.length === 0) return null;
  const base = { indicator: 'Severe absence', unit: 'percent' as const, series };
  return {
    latest: describeTiming({ ...base, events: [] }),
    longer: describeTiming({ ...base, events: summaryEvents(events), from: BASELINE }),
  };
}
