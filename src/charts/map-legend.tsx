import type { MapClass } from './map-classes';

export interface MapLegendProps {
  x: number;
  y: number;
  title: string;
  classes: readonly MapClass[];
  hatch: string;
  formatValue: (value: number) => string;
}

const ROW = 22;

/** The classes' colours with their bounds written out (no meaning by colour alone), then the hatching. */
export function MapLegend({ x, y, title, classes, hatch, formatValue }: MapLegendProps) {
  const bounds = (c: MapClass) =>
    c.count === 0 && Number.isNaN(c.lower)
      ? 'no area'
      : `${formatValue(c.lower)} to ${formatValue(c.upper)} (${c.count})`;
  return (
    <g className="map-legend" transform={`translate(${x} ${y})`} fontSize={12} fill="#0b0c0c">
      <text y={12} fontWeight={700}>
        {title}
      </text>
      {[...classes].reverse().map((c, row) => (
        <g key={c.index} transform={`translate(0 ${24 + row * ROW})`}>
          <rect width={28} height={16} fill={c.colour} stroke="#505a5f" strokeWidth={0.5} />
          <text x={36} y={12}>
            {bounds(c)}
          </text>
        </g>
      ))}
      <g transform={`translate(0 ${24 + classes.length * ROW})`}>
        <rect width={28} height={16} fill={`url(#${hatch})`} stroke="#505a5f" strokeWidth={0.5} />
        <text x={36} y={12}>
          No figure (point at it for why)
        </text>
      </g>
    </g>
  );
}
