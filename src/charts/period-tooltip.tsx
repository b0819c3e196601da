import type { ReactNode } from 'react';

export interface PeriodTooltipProps {
  /** The period, as its axis labels it. */
  label: string;
  /** Why the period's figures need care (e.g. the pandemic), when they do. */
  note?: string | undefined;
  /** One `<li>` per line. */
  children: ReactNode;
}

/** A line chart's tooltip: the period pointed at, its note, and each line's figure in it. */
export function PeriodTooltip({ label, note, children }: PeriodTooltipProps) {
  return (
    <div className="chart-tooltip" role="status">
      <strong>{label}</strong>
      {note && <p className="period-note">{note}</p>}
      <ul>{children}</ul>
    </div>
  );
}
