import type { ReactNode } from 'react';

export interface LineSampleProps {
  colour: string;
  width: number;
  dash: string;
  /** The line's marker, drawn at the sample's middle (17, 7). */
  children?: ReactNode;
}

/** A legend's picture of one line: its colour, width and dash, and its marker, so lines differ by more than colour. */
export function LineSample({ colour, width, dash, children }: LineSampleProps) {
  return (
    <svg width="34" height="14" aria-hidden="true">
      <line x1="1" y1="7" x2="33" y2="7" stroke={colour} strokeWidth={width} strokeDasharray={dash} />
      {children}
    </svg>
  );
}
