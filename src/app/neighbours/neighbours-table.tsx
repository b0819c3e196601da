import { pandemicNote } from '../../analysis/pandemic-years';
import { SchoolsReporting, schoolsGapOf } from '../../charts/schools-reporting';
import type { NeighboursRow } from '../../queries/neighbours-query-options';
import { neighboursSchools } from './neighbours-model';

export interface NeighboursTableProps {
  caption: string;
  rows: readonly NeighboursRow[];
  name: string;
  regionName: string | null;
  formatValue: (value: number) => string;
  /** The file gives the schools behind each figure: shown beside it, or why it is missing. */
  counted: boolean;
}

/** The chart's numbers: each period's authority, neighbours' median and range, region and England. */
export function NeighboursTable({
  caption,
  rows,
  name,
  regionName,
  formatValue,
  counted,
}: NeighboursTableProps) {
  const show = (value: number | null) => (value === null ? '—' : formatValue(value));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="data-table neighbours-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">{name}</th>
            <th scope="col">Rank of 11</th>
            <th scope="col">Neighbours’ median</th>
            <th scope="col">Neighbours’ range</th>
            <th scope="col">Neighbours with a figure</th>
            {regionName && <th scope="col">{regionName}</th>}
            <th scope="col">England</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const schools = counted ? neighboursSchools(row) : undefined;
            const gap =
              counted && row.la_value !== null && !schools?.authority ? schoolsGapOf(row) : undefined;
            const note = pandemicNote(row.period_start);
            return (
              <tr key={row.period} data-period={row.period}>
                <th scope="row">
                  {row.period}
                  {note && <span className="period-note">{note}</span>}
                </th>
                <td data-column="authority">
                  {show(row.la_value)}
                  <SchoolsReporting count={schools?.authority} gap={gap} />
                </td>
                <td>{row.rank ?? '—'}</td>
                <td data-column="median">
                  {show(row.median)}
                  <SchoolsReporting count={schools?.median} />
                </td>
                <td data-column="range">
                  {row.low === null || row.high === null
                    ? '—'
                    : `${formatValue(row.low)} to ${formatValue(row.high)}`}
                </td>
                <td>{row.with_figures} of 10</td>
                {regionName && (
                  <td data-column="region">
                    {show(row.region_value)}
                    <SchoolsReporting count={schools?.region} />
                  </td>
                )}
                <td data-column="england">
                  {show(row.england_value)}
                  <SchoolsReporting count={schools?.england} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
