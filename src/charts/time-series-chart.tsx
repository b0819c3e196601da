import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useCallback, useMemo, type MouseEvent, type ReactNode } from 'react';
import { ActivePoints } from './active-points';
import { axisTick } from './axis-tick';
import { GridLines } from './grid-lines';
import { LineMarkers } from './line-markers';
import { LinePaths } from './line-paths';
import { PeriodTooltip } from './period-tooltip';
import { SchoolsReporting } from './schools-reporting';
import { timeTicks } from './time-ticks';
import { useElementWidth } from './use-element-width';
import { useStable } from './use-stable';
import { formatTick, valueAxis } from './value-axis';
import type { ChartFigures } from './chart-figures';
import type { ChartModel } from './series-model';
import { EMPHASIS_STYLE, FOCUS_STYLE, lineStyle, type LineStyle } from './line-styles';

export interface TimeSeriesChartProps extends ChartFigures {
  /** Line keys drawn with emphasis (England, the drilled-into area). */
  emphasis: readonly string[];
  hidden: ReadonlySet<string>;
  height?: number;
  /** Extra layers drawn on the same axes (timeline events). */
  children?: ReactNode;
  xDomain?: [number, number];
  /** A shared top of the value axis, so small multiples compare by eye. */
  yMax?: number;
  /** false: the value axis starts near the lowest value rather than at zero. */
  fromZero?: boolean;
  /** Called with the day under the pointer when the plot is clicked (to add a marker there). */
  onPickDate?: (isoDate: string) => void;
}

/** Where the plot area sits inside the chart, so HTML drawn beside it (the event lane) can line up with it. */
export const CHART_MARGIN = { top: 16, right: 24, bottom: 8, left: 8 } as const;
export const Y_AXIS_WIDTH = 56;
/** The time axis's height under the plot (Recharts' default, named so overlays can find the plot's bottom). */
export const X_AXIS_HEIGHT = 30;
/** The plot area starts this far from the chart's left edge and ends this far from its right edge. */
export const PLOT_INSET_LEFT = CHART_MARGIN.left + Y_AXIS_WIDTH;
export const PLOT_INSET_RIGHT = CHART_MARGIN.right;

export function styleFor(key: string, index: number, emphasis: readonly string[]): LineStyle {
  const rank = emphasis.indexOf(key);
  if (rank === 0) return EMPHASIS_STYLE;
  if (rank > 0) return FOCUS_STYLE;
  return lineStyle(index);
}

interface TooltipBodyProps extends Omit<ChartFigures, 'unit'> {
  active?: boolean;
  label?: number;
  hidden: ReadonlySet<string>;
}

function TooltipBody({ active, label, model, hidden, formatValue, explainGap }: TooltipBodyProps) {
  const period = model.periods.find((p) => p.x === label && !p.isBreak);
  if (!active || !period) return null;
  return (
    <PeriodTooltip label={period.label} note={period.note}>
      {model.lines
        .filter((line) => !hidden.has(line.key))
        .map((line) => {
          const value = period.values[line.key];
          return (
            <li key={line.key}>
              {line.name}:{' '}
              {value === null || value === undefined ? (
                <em>no figure — {explainGap(period, line.key)}</em>
              ) : (
                <>
                  {formatValue(value)} <SchoolsReporting count={period.schools?.[line.key]} />
                </>
              )}
            </li>
          );
        })}
    </PeriodTooltip>
  );
}

/** Every shown line's figure in every period, a gap as NaN: what the value axis must span. */
function shownValues(model: ChartModel, hidden: ReadonlySet<string>): number[] {
  const keys = model.lines.filter((line) => !hidden.has(line.key)).map((line) => line.key);
  const values: number[] = [];
  for (const period of model.periods) for (const key of keys) values.push(period.values[key] ?? Number.NaN);
  return values;
}

/** Lines over time on a true time axis, so events can be drawn at their dates; gaps stay gaps. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { model, emphasis, hidden, unit, formatValue, explainGap, height = 380 } = props;
  const lines = model.lines.map((line, index) => ({ ...line, style: styleFor(line.key, index, emphasis) }));
  const axis = useStable(valueAxis(shownValues(model, hidden), props.yMax, 5, props.fromZero ?? true));
  const periods = useStable(model.periods.filter((p) => !p.isBreak).map((p) => [p.x, p.label] as const));
  const xs = periods.map(([x]) => x);
  const domain = useStable<[number, number]>(props.xDomain ?? [Math.min(...xs), Math.max(...xs)]);
  const [box, width] = useElementWidth<HTMLDivElement>();
  const ticks = useStable(timeTicks(periods, domain, width - PLOT_INSET_LEFT - PLOT_INSET_RIGHT));
  const labels = useMemo(() => new Map(periods), [periods]);
  const formatX = useCallback(
    (x: number) => labels.get(x) ?? new Date(x).toISOString().slice(0, 10),
    [labels],
  );
  const anchorKey =
    model.lines.find((line) => model.periods.some((p) => typeof p.values[line.key] === 'number'))?.key ?? '';
  const formatY = useCallback((v: number) => formatTick(v, unit), [unit]);
  const { onPickDate } = props;
  const pick =
    onPickDate &&
    ((_state: unknown, event: MouseEvent<SVGGraphicsElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      const along =
        (event.clientX - box.left - PLOT_INSET_LEFT) / (box.width - PLOT_INSET_LEFT - PLOT_INSET_RIGHT);
      if (!(along >= 0 && along <= 1)) return;
      onPickDate(new Date(domain[0] + along * (domain[1] - domain[0])).toISOString().slice(0, 10));
    });
  return (
    <div ref={box} className="time-series-chart" style={{ height }}>
      {width > 0 && (
        <LineChart width={width} height={height} data={model.periods} margin={CHART_MARGIN} onClick={pick}>
          <GridLines xTicks={ticks} yTicks={axis.ticks} stroke="#d9d9d9" strokeDasharray="2 4" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={formatX}
            tick={axisTick}
            interval={0}
            height={X_AXIS_HEIGHT}
          />
          <YAxis
            tick={axisTick}
            tickFormatter={formatY}
            interval={0}
            width={Y_AXIS_WIDTH}
            includeHidden
            domain={axis.domain}
            ticks={axis.ticks}
          />
          {/* The one line Recharts knows of is hidden and may have a gap where others have figures; without these
              two props Recharts finds no payload and keeps the hover invisible. */}
          <Tooltip
            includeHidden
            filterNull={false}
            content={
              <TooltipBody model={model} hidden={hidden} formatValue={formatValue} explainGap={explainGap} />
            }
          />
          {/* Recharts draws the value axis and answers its scale only for a chart with a graphical item that has
              values: one hidden line (counted by the axis, never drawn) anchors them, and LinePaths draws the lines. */}
          <Line
            dataKey={`values.${anchorKey}`}
            hide
            stroke="none"
            dot={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
            isAnimationActive={false}
          />
          <LinePaths model={model} lines={lines} hidden={hidden} />
          <ActivePoints model={model} lines={lines} hidden={hidden} />
          {/* Past 60 periods markers would crowd the lines: they then differ by colour and dash, and the legend and
            table carry the names. */}
          {xs.length <= 60 && (
            <LineMarkers
              model={model}
              lines={lines.map(({ key, style }) => ({
                key,
                style,
                size: xs.length > 30 ? 24 : style.width > 2 ? 64 : 42,
              }))}
              hidden={hidden}
            />
          )}
          {props.children}
        </LineChart>
      )}
    </div>
  );
}
