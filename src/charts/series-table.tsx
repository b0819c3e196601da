import { SchoolsReporting } from './schools-reporting';
import type { ChartFigures } from './chart-figures';

export interface SeriesTableProps extends Omit<ChartFigures, 'unit'> {
  caption: string;
}

/** The chart's numbers as a table: periods down, areas across; a gap says why it is a gap. */
export function SeriesTable({ caption, model, formatValue, explainGap }: SeriesTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {model.lines.map((line) => (
              <th scope="col" key={line.key}>
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.periods
            .filter((period) => !period.isBreak)
            .map((period) => (
              <tr key={period.x}>
                <th scope="row">
                  {period.label}
                  {period.note && <span className="period-note">{period.note}</span>}
                </th>
                {model.lines.map((line) => {
                  const value = period.values[line.key];
                  return (
                    <td key={line.key} data-area={line.key}>
                      {value === null || value === undefined ? (
                        <span className="gap" title={explainGap(period, line.key)}>
                          — <span className="visually-hidden">{explainGap(period, line.key)}</span>
                        </span>
                      ) : (
                        <>
                          {formatValue(value)}
                          {period.schools?.[line.key] && ' '}
                          <SchoolsReporting count={period.schools?.[line.key]} />
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
