import { SchoolsReporting } from '../../charts/schools-reporting';
import type { RankedBar, ReferenceValue } from './ranking-chart';

export interface RankedValuesTableProps {
  caption: string;
  bars: readonly RankedBar[];
  references: readonly ReferenceValue[];
  formatValue: (value: number) => string;
  /** "Local authority" or "Region". */
  areaLabel: string;
}

/** The chart's numbers as a table: one row a bar, then the reference lines. */
export function RankedValuesTable({
  caption,
  bars,
  references,
  formatValue,
  areaLabel,
}: RankedValuesTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (chart table)`}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{areaLabel}</th>
            <th scope="col">Rank</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.name}</th>
              <td>{bar.rank}</td>
              <td data-column="value">
                {formatValue(bar.value)}
                <SchoolsReporting {...bar.schools} />
              </td>
            </tr>
          ))}
        </tbody>
        {references.length > 0 && (
          <tfoot>
            {references.map((reference) => (
              <tr key={reference.label}>
                <th scope="row">{reference.label} (reference line)</th>
                <td />
                <td>{formatValue(reference.value)}</td>
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </div>
  );
}
