import type { MapModel } from './map-model';
import { MissingCell } from './missing-cell';

export interface MapTableProps {
  caption: string;
  model: MapModel;
  formatValue: (value: number) => string;
  areaLabel: string;
}

/** The map's figures as a table: every area drawn, its value, class (with bounds) and rank. */
export function MapTable({ caption, model, formatValue, areaLabel }: MapTableProps) {
  const classText = (index: number) => {
    const c = model.classes.classes[index];
    return c ? `${index + 1} of 5: ${formatValue(c.lower)} to ${formatValue(c.upper)}` : 'hatched';
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (map table)`}>
      <table className="data-table map-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{areaLabel}</th>
            <th scope="col">Value</th>
            <th scope="col">Class</th>
            <th scope="col">Rank, quartile and change on a year earlier</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map(({ area, row }) => (
            <tr key={area.key} data-area={area.key}>
              <th scope="row">{area.name}</th>
              <td data-column="value">
                {area.value === null ? <MissingCell reason={area.summary} /> : formatValue(area.value)}
              </td>
              <td>{classText(area.classIndex)}</td>
              <td>{row?.latest_value != null ? area.summary : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
