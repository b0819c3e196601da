import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MouseEvent, ReactElement, ReactNode } from 'react';
import type { ChartModel, ChartPeriod } from './series-model';
import { EMPHASIS_STYLE, FOCUS_STYLE, lineStyle, type LineStyle } from './line-styles';

export interface TimeSeriesChartProps {
  model: ChartModel;
  /** Line keys drawn with emphasis (England, the drilled-into area). */
  emphasis: readonly string[];
  hidden: ReadonlySet<string>;
  unit: string;
  formatValue: (value: number) => string;
  explainGap: (period: ChartPeriod, lineKey: string) => string;
  height?: number;
  /** Extra layers drawn on the same axes (timeline events). */
  children?: ReactNode;
  xDomain?: [number, number];
  /** A shared top of the value axis, so small multiples compare by eye. */
  yMax?: number;
  compact?: boolean;
  /** Called with the day under the pointer when the plot is clicked (to add a marker there). */
  onPickDate?: (isoDate: string) => void;
}

/** Where the plot area sits inside the chart, so HTML drawn beside it (the event lane) can line up with it. */
export const CHART_MARGIN = { top: 16, right: 24, bottom: 8, left: 8 } as const;
export const Y_AXIS_WIDTH = 56;
/** The plot area starts this far from the chart's left edge and ends this far from its right edge. */
export const PLOT_INSET_LEFT = CHART_MARGIN.left + Y_AXIS_WIDTH;
export const PLOT_INSET_RIGHT = CHART_MARGIN.right;

export function styleFor(key: string, index: number, emphasis: readonly string[]): LineStyle {
  const rank = emphasis.indexOf(key);
  if (rank === 0) return EMPHASIS_STYLE;
  if (rank > 0) return FOCUS_STYLE;
  return lineStyle(index);
}

interface DotProps {
  cx?: number;
  cy?: number;
  value?: number | null;
  index?: number;
}

function markerDot(style: LineStyle, lineKey: string, size: number) {
  return function MarkerDot(props: DotProps): ReactElement {
    const key = `${lineKey}-${props.index ?? 0}`;
    if (props.cx === undefined || props.cy === undefined || props.value === null || props.value === undefined)
      return <g key={key} />;
    return (
      <Symbols
        key={key}
        cx={props.cx}
        cy={props.cy}
        type={style.shape}
        size={size}
        fill={style.colour}
        stroke="#fff"
        strokeWidth={1}
      />
    );
  };
}

interface TooltipBodyProps {
  active?: boolean;
  label?: number;
  model: ChartModel;
  hidden: ReadonlySet<string>;
  formatValue: (value: number) => string;
  explainGap: (period: ChartPeriod, lineKey: string) => string;
}

function TooltipBody({ active, label, model, hidden, formatValue, explainGap }: TooltipBodyProps) {
  const period = model.periods.find((p) => p.x === label && !p.isBreak);
  if (!active || !period) return null;
  return (
    <div className="chart-tooltip" role="status">
      <strong>{period.label}</strong>
      <ul>
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
                  formatValue(value)
                )}
              </li>
            );
          })}
      </ul>
    </div>
  );
}

/** Lines over time on a true time axis, so events can be drawn at their dates; gaps stay gaps. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { model, emphasis, hidden, unit, formatValue, explainGap, height = 380 } = props;
  const labels = new Map(model.periods.map((p) => [p.x, p.label]));
  const xs = model.periods.filter((p) => !p.isBreak).map((p) => p.x);
  const domain = props.xDomain ?? [Math.min(...xs), Math.max(...xs)];
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
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={model.periods} margin={CHART_MARGIN} onClick={pick}>
        <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" />
        <XAxis
          dataKey="x"
          type="number"
          scale="time"
          domain={domain}
          ticks={
            xs.length > (props.compact ? 5 : 14)
              ? xs.filter((_, i) => i % Math.ceil(xs.length / (props.compact ? 4 : 12)) === 0)
              : xs
          }
          tickFormatter={(x: number) => labels.get(x) ?? new Date(x).toISOString().slice(0, 10)}
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
        />
        <YAxis
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
          tickFormatter={(v: number) => `${v}${unit === '%' ? '%' : ''}`}
          width={Y_AXIS_WIDTH}
          domain={[0, props.yMax ?? 'auto']}
        />
        <Tooltip
          content={
            <TooltipBody model={model} hidden={hidden} formatValue={formatValue} explainGap={explainGap} />
          }
        />
        {model.lines.map((line, index) => {
          const style = styleFor(line.key, index, emphasis);
          return (
            <Line
              key={line.key}
              name={line.name}
              dataKey={(p: ChartPeriod) => p.values[line.key] ?? null}
              hide={hidden.has(line.key)}
              stroke={style.colour}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              // Past 60 periods markers would crowd the line and cost thousands of SVG nodes: lines then differ by
              // colour and dash, and the legend and table carry the names.
              dot={
                xs.length > 60
                  ? false
                  : markerDot(style, line.key, xs.length > 30 ? 24 : style.width > 2 ? 64 : 42)
              }
              activeDot={{ r: 6 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
        {props.children}
      </LineChart>
    </ResponsiveContainer>
  );
}
