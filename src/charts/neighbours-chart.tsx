import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { PeriodTooltip } from './period-tooltip';
import { SchoolsReporting, type SchoolsCount } from './schools-reporting';
import { valueAxis } from './value-axis';

/** One period: the authority, its neighbours' median and range, its region and England; null is a gap. */
export interface NeighboursPoint {
  period: string;
  authority: number | null;
  median: number | null;
  /** [lowest, highest] of the neighbours with a figure. */
  range: [number, number] | null;
  region: number | null;
  england: number | null;
  /** How many of the ten neighbours have a figure. */
  withFigures: number;
  /** The period's flag (2020/21 and 2021/22 are not like other years), shown beside its figures. */
  note?: string;
  /** The schools behind each line's figure, where the file gives them: coverage can move a rate. */
  schools?: Partial<Record<NeighboursSeries['key'], SchoolsCount | undefined>>;
}

export interface NeighboursSeries {
  key: 'authority' | 'median' | 'region' | 'england';
  name: string;
  colour: string;
  dash: string;
  width: number;
}

export interface NeighboursChartProps {
  points: readonly NeighboursPoint[];
  series: readonly NeighboursSeries[];
  rangeName: string;
  unit: string;
  formatValue: (value: number) => string;
  fromZero: boolean;
}

export const RANGE_COLOUR = '#c5dbef';

interface TooltipBodyProps {
  active?: boolean;
  payload?: readonly { payload?: NeighboursPoint }[];
  series: readonly NeighboursSeries[];
  rangeName: string;
  formatValue: (value: number) => string;
}

function TooltipBody({ active, payload, series, rangeName, formatValue }: TooltipBodyProps) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  const show = (value: number | null) => (value === null ? 'no figure' : formatValue(value));
  return (
    <PeriodTooltip label={point.period} note={point.note}>
      {series.map((s) => (
        <li key={s.key}>
          {s.name}: {show(point[s.key])} <SchoolsReporting count={point.schools?.[s.key]} />
        </li>
      ))}
      <li>
        {rangeName}:{' '}
        {point.range ? `${formatValue(point.range[0])} to ${formatValue(point.range[1])}` : 'no figures'} (
        {point.withFigures} of 10 with a figure)
      </li>
    </PeriodTooltip>
  );
}

/** An authority against its statistical neighbours: their range as a band, their median, region and England. */
export function NeighboursChart({
  points,
  series,
  rangeName,
  unit,
  formatValue,
  fromZero,
}: NeighboursChartProps) {
  const values = points.flatMap((p) => [p.authority, p.median, p.region, p.england, ...(p.range ?? [])]);
  const axis = valueAxis(
    values.map((v) => v ?? Number.NaN),
    undefined,
    5,
    fromZero,
  );
  return (
    <>
      <NeighboursLegend series={series} rangeName={rangeName} />
      <ResponsiveContainer width="100%" height={380}>
        <ComposedChart data={[...points]} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="period" tick={{ fill: '#0b0c0c', fontSize: 12 }} />
          <YAxis
            width={56}
            domain={axis.domain}
            ticks={axis.ticks}
            allowDataOverflow
            tick={{ fill: '#0b0c0c', fontSize: 12 }}
            tickFormatter={(v: number) => `${v}${unit === '%' ? '%' : ''}`}
          />
          <Tooltip
            content={<TooltipBody series={series} rangeName={rangeName} formatValue={formatValue} />}
          />
          <Area
            dataKey="range"
            name={rangeName}
            stroke="none"
            fill={RANGE_COLOUR}
            fillOpacity={0.8}
            isAnimationActive={false}
            connectNulls={false}
          />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeWidth={s.width}
              strokeDasharray={s.dash}
              dot={{ r: 3, fill: s.colour }}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </>
  );
}

/** What each line and the band are, written out (the lines also differ by dash, not only colour). */
function NeighboursLegend({ series, rangeName }: { series: readonly NeighboursSeries[]; rangeName: string }) {
  return (
    <ul className="neighbours-legend" aria-label="Lines">
      {series.map((s) => (
        <li key={s.key}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={s.colour}
              strokeWidth={s.width}
              strokeDasharray={s.dash}
            />
          </svg>{' '}
          {s.name}
        </li>
      ))}
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <rect width="28" height="10" fill={RANGE_COLOUR} />
        </svg>{' '}
        {rangeName}
      </li>
    </ul>
  );
}
