import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatTick } from '../../charts/value-axis';
import { SchoolsReporting } from '../../charts/schools-reporting';
import type { LatestSchools } from './ranking-schools';
import { valueTicks } from './value-ticks';

export interface RankedBar {
  key: string;
  name: string;
  rank: number;
  value: number;
  /** The schools behind the figure, where the file gives them. */
  schools?: LatestSchools;
}

export interface ReferenceValue {
  label: string;
  value: number;
  colour: string;
  dash: string;
}

export interface RankingChartProps {
  bars: readonly RankedBar[];
  references: readonly ReferenceValue[];
  unit: string;
  formatValue: (value: number) => string;
}

const BAR_COLOUR = '#1d70b8';
const ROW_HEIGHT = 18;
const AXIS_HEIGHT = 30;
const NOTE_HEIGHT = 16;
const NAME_WIDTH = 230;

interface Box {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
}
const num = (value: number | string | undefined) => Number(value ?? 0) || 0;

/** A reference line's name and value above the value axis, each on its own row, marked where the line is. */
function referenceLabel(reference: ReferenceValue, row: number, text: string) {
  return function ReferenceLabel({ viewBox }: { viewBox?: Box }) {
    const x = num(viewBox?.x);
    const y = num(viewBox?.y) - AXIS_HEIGHT - 6 - row * NOTE_HEIGHT;
    return (
      <g fill={reference.colour}>
        <path d={`M${x - 4},${y - 8} L${x + 4},${y - 8} L${x},${y}`} />
        <text x={x + 7} y={y} fontSize={12} fontWeight={600}>
          {text}
        </text>
      </g>
    );
  };
}

/** An area's name on one line, never wrapped over its neighbour's. */
function NameTick({
  x,
  y,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}) {
  return (
    <text x={num(x) - 4} y={num(y)} textAnchor="end" dominantBaseline="central" fontSize={11} fill="#0b0c0c">
      {String(payload?.value ?? '')}
    </text>
  );
}

/** A plain bar; being a custom shape, Recharts keeps a zero-width bar, so a zero still gets its value label. */
function barShape(props: Box & { fill?: string }) {
  return (
    <rect
      className="recharts-rectangle"
      x={num(props.x)}
      y={num(props.y)}
      width={Math.max(0, num(props.width))}
      height={Math.max(0, num(props.height))}
      fill={props.fill}
    />
  );
}

interface TooltipBodyProps {
  active?: boolean;
  payload?: readonly { payload?: RankedBar }[];
  formatValue: (value: number) => string;
}

function TooltipBody({ active, payload, formatValue }: TooltipBodyProps) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip" role="status">
      <strong>{bar.name}</strong>
      <div>
        Rank {bar.rank}: {formatValue(bar.value)}
      </div>
      <SchoolsReporting {...bar.schools} />
    </div>
  );
}

/** Local authorities as horizontal bars in rank order, with England (and the region) as labelled lines. */
export function RankingChart({ bars, references, unit, formatValue }: RankingChartProps) {
  const top = AXIS_HEIGHT + 12 + references.length * NOTE_HEIGHT;
  const ticks = valueTicks(Math.max(0, ...bars.map((b) => b.value), ...references.map((r) => r.value)));
  // Every bar gets its value written beside it, a zero too (a zero-width bar is still a figure).
  const valueLabel = (props: Box & { value?: unknown }) => (
    <text
      x={num(props.x) + num(props.width) + 4}
      y={num(props.y) + num(props.height) / 2}
      dominantBaseline="central"
      fontSize={11}
      fill="#0b0c0c"
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {typeof props.value === 'number' ? formatValue(props.value) : ''}
    </text>
  );
  return (
    <ResponsiveContainer width="100%" height={top + bars.length * ROW_HEIGHT + 8}>
      <BarChart
        layout="vertical"
        data={[...bars]}
        margin={{ top: top - AXIS_HEIGHT, right: 64, bottom: 8, left: 8 }}
        barCategoryGap={2}
      >
        <CartesianGrid horizontal={false} stroke="#d9d9d9" strokeDasharray="2 4" />
        <XAxis
          type="number"
          orientation="top"
          height={AXIS_HEIGHT}
          domain={[0, ticks.at(-1) ?? 'auto']}
          ticks={ticks}
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
          tickFormatter={(v: number) => formatTick(v, unit)}
        />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} interval={0} tick={NameTick} />
        <Tooltip cursor={{ fill: '#f3f2f1' }} content={<TooltipBody formatValue={formatValue} />} />
        <Bar dataKey="value" name="Value" fill={BAR_COLOUR} isAnimationActive={false} shape={barShape}>
          <LabelList dataKey="value" content={valueLabel} />
        </Bar>
        {references.map((reference, index) => (
          <ReferenceLine
            key={reference.label}
            x={reference.value}
            stroke={reference.colour}
            strokeWidth={2}
            strokeDasharray={reference.dash}
            label={referenceLabel(reference, index, `${reference.label} ${formatValue(reference.value)}`)}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
