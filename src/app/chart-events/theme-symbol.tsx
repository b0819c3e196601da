import type { ThemeSymbol as Shape } from '../../timeline/event-themes';

const PATHS: Record<Shape, string> = {
  triangle: 'M7 1.5 L12.5 12 L1.5 12 Z',
  circle: 'M7 2 A5 5 0 1 1 6.99 2 Z',
  square: 'M2.5 2.5 H11.5 V11.5 H2.5 Z',
  diamond: 'M7 1 L13 7 L7 13 L1 7 Z',
  hexagon: 'M4 1.8 H10 L13 7 L10 12.2 H4 L1 7 Z',
  bar: 'M1.5 4.5 H12.5 V9.5 H1.5 Z',
  star: 'M7 1 L8.8 5.2 L13.2 5.5 L9.8 8.4 L10.9 12.8 L7 10.4 L3.1 12.8 L4.2 8.4 L0.8 5.5 L5.2 5.2 Z',
};

export interface ThemeSymbolProps {
  shape: Shape;
  colour: string;
  /** Drawn as an outline: an event that is planned, not known to have happened. */
  hollow?: boolean;
  size?: number;
}

/** A theme's shape, so themes differ by form as well as colour (WCAG 1.4.1). Decorative: text names the theme. */
export function ThemeSymbol({ shape, colour, hollow = false, size = 14 }: ThemeSymbolProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" className="theme-symbol">
      <path
        d={PATHS[shape]}
        fill={hollow ? '#fff' : colour}
        stroke={colour}
        strokeWidth={hollow ? 1.6 : 1}
        strokeDasharray={hollow ? '2 1.5' : undefined}
      />
    </svg>
  );
}
