import { SchoolsReporting, schoolsCountOf } from '../../charts/schools-reporting';
import type { Neighbour } from '../../data/neighbours-file';
import { explainMissing } from '../../data/ees/missing-values';
import type { NeighbourValueRow } from '../../queries/neighbours-query-options';

export interface NeighboursListProps {
  neighbours: readonly Neighbour[];
  period: string;
  values: ReadonlyMap<string, NeighbourValueRow>;
  formatValue: (value: number) => string;
  onChoose: (code: string) => void;
}

/** The ten neighbours, closest first, with DfE's closeness label and each one's figure in the period ranked. */
export function NeighboursList({ neighbours, period, values, formatValue, onChoose }: NeighboursListProps) {
  return (
    <div className="neighbours-list">
      <h3>The ten statistical neighbours, closest first ({period} figures)</h3>
      <ol>
        {neighbours.map((n) => {
          const row = values.get(n.old);
          const schools = row?.value != null ? schoolsCountOf(row) : undefined;
          return (
            <li key={n.old} data-neighbour={n.code ?? n.old}>
              <button type="button" className="link-button" onClick={() => onChoose(n.code ?? '')}>
                {n.name}
              </button>{' '}
              — {n.closeness.toLowerCase()}:{' '}
              {row?.value != null ? formatValue(row.value) : `no figure (${explainMissing(row?.flag)})`}
              {schools && ' '}
              <SchoolsReporting count={schools} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
