import type { ReactElement } from 'react';

/** What Recharts hands a custom tick; only what is drawn is named. */
export interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value: unknown };
  textAnchor?: string;
  verticalAnchor?: string;
  className?: string;
  tickFormatter?: (value: never, index: number) => string;
}

/** Baseline offsets that put a one-line label where Recharts' own Text would. */
const SHIFT: Record<string, string> = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * A one-line tick label as plain SVG text. Recharts' Text measures every label in the page to wrap it, which forced
 * a layout on every redraw; these labels are short and never wrap.
 */
export function axisTick(props: AxisTickProps): ReactElement {
  const value = props.payload?.value;
  const text = props.tickFormatter
    ? props.tickFormatter(value as never, props.index ?? 0)
    : String(value ?? '');
  const anchor = props.textAnchor === 'start' || props.textAnchor === 'end' ? props.textAnchor : 'middle';
  return (
    <text
      x={props.x}
      y={props.y}
      dy={SHIFT[props.verticalAnchor ?? 'end'] ?? '0'}
      textAnchor={anchor}
      className={props.className}
      fill="#0b0c0c"
      fontSize={12}
    >
      {text}
    </text>
  );
}
