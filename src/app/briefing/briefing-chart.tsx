import { useMemo } from 'react';
import { bandEndX, dateToX } from '../chart-events/event-geometry';
import { EMPHASIS_STYLE } from '../../charts/line-styles';
import type { ChartFigures } from '../../charts/chart-figures';
import { SeriesTable } from '../../charts/series-table';
import { toChartModel, type ChartPeriod } from '../../charts/series-model';
import { ENGLAND } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import { explainMissing, explainPeriodGap } from '../../data/ees/missing-values';
import type { TimelineEvent } from '../../timeline/event';
import { ChartFrame } from '../chart-frame';
import { EVENT_THEMES, withoutThemes } from '../../timeline/event-themes';
import { mergeEvents } from '../../timeline/merge-events';
import { EventsChart } from '../chart-events/events-chart';
import type { ChartEvents } from '../chart-events/use-chart-events';
import { useThemesOff } from '../chart-events/use-themes-off';
import { EXPLORE, useEnglandSeries } from './england-series';

export const BRIEFING_CHART_TITLE = 'Severe absence rate, England, all schools, by academic year';

const format = (value: number) => formatValue(value, 2, '%');
const EMPHASIS = [ENGLAND.code];
const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** The main briefing chart: England's severe absence by year with campaigns, hubs, mentors and guidance marked. */
export function BriefingChart({
  events,
  pointed,
}: {
  events: readonly TimelineEvent[];
  /** An event pointed at in the list under the chart (`origin:id`). */
  pointed: string | null;
}) {
  const england = useEnglandSeries(EXPLORE.dataset, EXPLORE.indicator);
  const { request, revision, query, rows, sql } = england;
  const model = toChartModel(rows, [ENGLAND.code]);
  const ready = england.ready && model.periods.length > 0;
  const explainGap = (period: ChartPeriod, key: string) =>
    explainPeriodGap(period.label, 'Academic year') ?? explainMissing(period.flags[key]);
  const figures: ChartFigures = { model, unit: '%', formatValue: format, explainGap };
  const first = rows[0]?.period_start ?? '';
  const last = rows.at(-1)?.period_end ?? '';
  const shown = useMemo(
    () => events.filter((event) => event.start >= first && event.start <= last),
    [events, first, last],
  );
  const [off] = useThemesOff();
  const chartEvents = useMemo<ChartEvents | null>(() => {
    if (!first || !last) return null;
    const all = mergeEvents(shown, { start: first, end: last });
    return {
      all,
      merged: withoutThemes(all, off),
      shown: true,
      domain: [dateToX(first), bandEndX(last)],
      area: { level: 'national', code: ENGLAND.code },
    };
  }, [shown, first, last, off]);
  const legend = [
    { name: 'England', colour: EMPHASIS_STYLE.colour, dash: '' },
    ...EVENT_THEMES.map((t) => ({ name: t.label, colour: t.colour, dash: '' })),
  ];
  return (
    <ChartFrame
      title={BRIEFING_CHART_TITLE}
      renderKey={JSON.stringify([request, revision, shown.length])}
      ready={ready}
      csv={{
        columns: ['period', 'period_start', 'area_code', 'area_name', 'value', 'flag'],
        rows: rows.map((row) => ({
          ...row,
          value: row.value === null ? null : Number(row.value.toFixed(2)),
        })),
      }}
      legend={legend}
      sql={sql}
      table={<SeriesTable caption={BRIEFING_CHART_TITLE} {...figures} />}
    >
      {model.periods.length && chartEvents ? (
        <EventsChart
          {...figures}
          emphasis={EMPHASIS}
          hidden={NONE_HIDDEN}
          height={300}
          events={chartEvents}
          pointed={pointed}
        />
      ) : (
        <p className="chart-empty">
          {query.isError ? `The chart’s query failed: ${query.error.message}` : 'Loading…'}
        </p>
      )}
    </ChartFrame>
  );
}
