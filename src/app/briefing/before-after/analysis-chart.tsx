import type { ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { LineSample } from '../../../charts/line-sample';
import { PeriodTooltip } from '../../../charts/period-tooltip';
import { SchoolsReporting } from '../../../charts/schools-reporting';
import type { ChartModel, ChartPeriod } from '../../../charts/series-model';
import { formatTick } from '../../../charts/value-axis';
import { useEventsOnChart } from '../../chart-events/use-events-on-chart';

/** How one line of an analysis chart is drawn; dashes and markers, not colour alone, tell lines apart. */
export interface AnalysisLine {
  key: string;
  name: string;
  colour: string;
  dash: string;
  width: number;
  dots: boolean;
}

export interface AnalysisChartProps {
  model: ChartModel;
  lines: readonly AnalysisLine[];
  event: { x: number; label: string };
  /** A shaded stretch, e.g. the pre-event periods whose trends are compared. */
  shade?: { from: number; to: number; label: string } | null;
  formatValue: (value: number) => string;
  height?: number;
}

function TooltipBody(props: {
  active?: boolean;
  label?: number;
  model: ChartModel;
  lines: readonly AnalysisLine[];
  formatValue: (value: number) => string;
}): ReactNode {
  const period = props.model.periods.find((p) => p.x === props.label && !p.isBreak);
  if (!props.active || !period) return null;
  const shown = props.lines.filter((line) => typeof period.values[line.key] === 'number');
  return (
    <PeriodTooltip label={period.label} note={period.note}>
      {shown.map((line) => (
        <li key={line.key}>
          {line.name}: {props.formatValue(period.values[line.key] ?? 0)}{' '}
          <SchoolsReporting count={period.schools?.[line.key]} />
        </li>
      ))}
    </PeriodTooltip>
  );
}

/** Observed figures with fitted, projected or comparison lines on a time axis, and the event marked on it. */
export function AnalysisChart({ model, lines, event, shade, formatValue, height = 320 }: AnalysisChartProps) {
  const labels = new Map(model.periods.map((p) => [p.x, p.label]));
  const xs = model.periods.filter((p) => !p.isBreak).map((p) => p.x);
  const domain: [number, number] = [Math.min(...xs, event.x), Math.max(...xs, event.x)];
  const ticks = xs.length > 12 ? xs.filter((_, i) => i % Math.ceil(xs.length / 10) === 0) : xs;
  const events = useEventsOnChart(domain);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={model.periods} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={(x: number) => labels.get(x) ?? ''}
            tick={{ fill: '#0b0c0c', fontSize: 12 }}
          />
          <YAxis
            tick={{ fill: '#0b0c0c', fontSize: 12 }}
            tickFormatter={(v: number) => formatTick(v, '%')}
            width={56}
            domain={[0, 'auto']}
          />
          <Tooltip content={<TooltipBody model={model} lines={lines} formatValue={formatValue} />} />
          {shade && (
            <ReferenceArea
              x1={shade.from}
              x2={shade.to}
              fill="#1d70b8"
              fillOpacity={0.07}
              label={{ value: shade.label, position: 'insideTopLeft', fontSize: 11, fill: '#0b0c0c' }}
            />
          )}
          <ReferenceLine
            x={event.x}
            stroke="#505a5f"
            strokeWidth={2}
            label={{ value: event.label, position: 'top', fontSize: 11, fill: '#0b0c0c' }}
          />
          {lines.map((line) => (
            <Line
              key={line.key}
              name={line.name}
              dataKey={(p: ChartPeriod) => p.values[line.key] ?? null}
              stroke={line.colour}
              strokeWidth={line.width}
              strokeDasharray={line.dash}
              dot={line.dots ? { r: 3.5, fill: line.colour, stroke: '#fff' } : false}
              activeDot={line.dots ? { r: 5 } : false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {events.layer}
        </LineChart>
      </ResponsiveContainer>
      {events.strip}
      <ul className="chart-legend analysis-legend" aria-label="Lines">
        {lines.map((line) => (
          <li key={line.key} data-line={line.key}>
            <LineSample colour={line.colour} width={Math.min(line.width, 3)} dash={line.dash}>
              {line.dots && <circle cx="17" cy="7" r="3.5" fill={line.colour} />}
            </LineSample>
            {line.name}
          </li>
        ))}
      </ul>
    </>
  );
}
