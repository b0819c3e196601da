import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarShapeProps } from 'recharts';
import { EMPHASIS_STYLE, lineStyle } from '../../charts/line-styles';
import { formatTick } from '../../charts/value-axis';

export interface GroupBar {
  key: string;
  name: string;
  value: number | null;
  /** Why there is no bar, in words. */
  gap: string;
}

export interface GroupBarChartProps {
  bars: readonly GroupBar[];
  emphasis: string;
  formatValue: (value: number) => string;
}

interface BarDatum extends GroupBar {
  colour: string;
  label: string;
}

function ColouredBar(props: BarShapeProps) {
  const datum = props.payload as BarDatum | undefined;
  return <Rectangle {...props} fill={datum?.colour ?? '#0072B2'} />;
}

/**
 * One year: a bar per group, in the colours its line has in the chart over years. Names sit on the axis and values
 * at the bar ends, so nothing depends on colour; a group with no figure says why instead of drawing a zero.
 */
export function GroupBarChart({ bars, emphasis, formatValue }: GroupBarChartProps) {
  const data: BarDatum[] = bars.map((bar, index) => ({
    ...bar,
    colour: bar.key === emphasis ? EMPHASIS_STYLE.colour : lineStyle(index).colour,
    label: bar.value === null ? `no figure: ${bar.gap}` : formatValue(bar.value),
  }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(360, 44 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 96, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
          tickFormatter={(v: number) => formatTick(v, '%')}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={200}
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
          interval={0}
        />
        <Bar dataKey="value" shape={ColouredBar} isAnimationActive={false} barSize={24}>
          <LabelList dataKey="label" position="right" fill="#0b0c0c" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
