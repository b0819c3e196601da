import { ReferenceArea, ReferenceLine } from 'recharts';
import { bandEndX, dateToX } from '../../charts/event-geometry';
import { EMPHASIS_STYLE } from '../../charts/line-styles';
import { SeriesTable } from '../../charts/series-table';
import { toChartModel, type ChartPeriod } from '../../charts/series-model';
import { TimeSeriesChart } from '../../charts/time-series-chart';
import { ENGLAND } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import { explainMissing, explainPeriodGap } from '../../data/ees/missing-values';
import { displaySql } from '../../data/sql/series-query';
import type { TimelineEvent } from '../../timeline/event';
import { ChartFrame } from '../chart-frame';
import { THEMES, themeOf } from './briefing-themes';
import { EXPLORE_PARAMS, useEnglandSeries } from './england-series';

export const BRIEFING_CHART_TITLE = 'Severe absence rate, England, all schools, by academic year';

const format = (value: number) => formatValue(value, 2, '%');

/** The highlighted events on the chart's axes: a line for a dated day, a band for a month, year or range. */
function ThemeLayer({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <>
      {events.map((event) => {
        const theme = themeOf(event);
        if (!theme) return null;
        return event.end && event.end > event.start ? (
          <ReferenceArea
            key={event.id}
            x1={dateToX(event.start)}
            x2={bandEndX(event.end)}
            ifOverflow="hidden"
            fill={theme.colour}
            fillOpacity={0.14}
            stroke={theme.colour}
            strokeDasharray={theme.dash}
            strokeOpacity={0.7}
          />
        ) : (
          <ReferenceLine
            key={event.id}
            x={dateToX(event.start)}
            stroke={theme.colour}
            strokeWidth={2}
            strokeDasharray={theme.dash}
          />
        );
      })}
    </>
  );
}

/** The main briefing chart: England's severe absence by year with campaigns, hubs, mentors and guidance marked. */
export function BriefingChart({ events }: { events: readonly TimelineEvent[] }) {
  const { request, revision, query, rows } = useEnglandSeries(EXPLORE_PARAMS.ds, EXPLORE_PARAMS.ind);
  const model = toChartModel(rows, [ENGLAND.code]);
  const ready = query.isSuccess && !query.isPlaceholderData && model.periods.length > 0;
  const explainGap = (period: ChartPeriod, key: string) =>
    explainPeriodGap(period.label, 'Academic year') ?? explainMissing(period.flags[key]);
  const first = rows[0]?.period_start ?? '';
  const last = rows.at(-1)?.period_end ?? '';
  const shown = events.filter((event) => event.start >= first && event.start <= last);
  const legend = [
    { name: 'England', colour: EMPHASIS_STYLE.colour, dash: '' },
    ...THEMES.map((t) => ({ name: t.label, colour: t.colour, dash: t.dash })),
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
      sql={query.data?.query ? displaySql(query.data.query) : null}
      table={
        <SeriesTable
          caption={BRIEFING_CHART_TITLE}
          model={model}
          formatValue={format}
          explainGap={explainGap}
        />
      }
      note={<ThemeLegend />}
    >
      {model.periods.length ? (
        <TimeSeriesChart
          model={model}
          emphasis={[ENGLAND.code]}
          hidden={new Set()}
          unit="%"
          formatValue={format}
          explainGap={explainGap}
          height={300}
          xDomain={[dateToX(first), bandEndX(last)]}
        >
          <ThemeLayer events={shown} />
        </TimeSeriesChart>
      ) : (
        <p className="chart-empty">
          {query.isError ? `The chart’s query failed: ${query.error.message}` : 'Loading…'}
        </p>
      )}
    </ChartFrame>
  );
}

/** Which programme each mark on the chart stands for: colour and dash pattern both differ. */
function ThemeLegend() {
  return (
    <ul className="chart-legend theme-legend" aria-label="Highlighted programmes">
      {THEMES.map((theme) => (
        <li key={theme.tag}>
          <svg width="30" height="14" aria-hidden="true">
            <line
              x1="15"
              y1="0"
              x2="15"
              y2="14"
              stroke={theme.colour}
              strokeWidth="3"
              strokeDasharray={theme.dash}
            />
          </svg>
          {theme.label}
        </li>
      ))}
    </ul>
  );
}
