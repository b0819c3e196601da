import { useMemo } from 'react';
import { EMPHASIS_STYLE } from '../../charts/line-styles';
import type { ChartFigures } from '../../charts/chart-figures';
import { SeriesTable } from '../../charts/series-table';
import { toChartModel } from '../../charts/series-model';
import { ENGLAND } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import type { TimelineEvent } from '../../timeline/event';
import { ChartFrame } from '../chart-frame';
import { EVENT_THEMES } from '../../timeline/event-themes';
import { gapExplainer } from '../chart-gaps';
import { EventsChart } from '../chart-events/events-chart';
import type { ChartEvents } from '../chart-events/use-chart-events';
import { useThemesOff } from '../chart-events/use-themes-off';
import {
  BRIEFING_CSV_COLUMNS,
  briefingChartEvents,
  briefingCsv,
  chartSpan,
  eventsWithin,
} from './briefing-model';
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
  const explainGap = gapExplainer('Academic year');
  const figures: ChartFigures = { model, unit: '%', formatValue: format, explainGap };
  const { first, last } = chartSpan(rows);
  const shown = useMemo(() => eventsWithin(events, first, last), [events, first, last]);
  const [off] = useThemesOff();
  const chartEvents = useMemo<ChartEvents | null>(
    () => briefingChartEvents(shown, first, last, off),
    [shown, first, last, off],
  );
  const legend = [
    { name: 'England', colour: EMPHASIS_STYLE.colour, dash: '' },
    ...EVENT_THEMES.map((t) => ({ name: t.label, colour: t.colour, dash: '' })),
  ];
  return (
    <ChartFrame
      title={BRIEFING_CHART_TITLE}
      renderKey={JSON.stringify([request, revision, shown.length])}
      ready={ready}
      csv={{ columns: BRIEFING_CSV_COLUMNS, rows: briefingCsv(rows) }}
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
