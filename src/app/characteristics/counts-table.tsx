import type { CharacteristicsRow } from '../../queries/characteristics-query-options';

export interface CountsTableProps {
  caption: string;
  rows: readonly CharacteristicsRow[];
  nameOf: (row: CharacteristicsRow) => string;
  formatRate: (value: number) => string;
  explain: (row: CharacteristicsRow) => string;
}

const count = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-GB'));

/** The counts behind each rate, so a reader can check the arithmetic and judge how many pupils a rate rests on. */
export function CountsTable({ caption, rows, nameOf, formatRate, explain }: CountsTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="data-table counts-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Group</th>
            <th scope="col">Severely absent pupils</th>
            <th scope="col">Enrolments</th>
            <th scope="col">Rate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.period}|${String(row.is_total)}|${row.group_value ?? ''}`}>
              <th scope="row">{row.period}</th>
              <th scope="row">{nameOf(row)}</th>
              <td>{count(row.severe_absentees)}</td>
              <td>{count(row.enrolments)}</td>
              <td>
                {row.value === null ? (
                  <span className="gap" title={explain(row)}>
                    — <span className="visually-hidden">{explain(row)}</span>
                  </span>
                ) : (
                  formatRate(row.value)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
