import { NEIGHBOUR_COLUMNS } from '../../src/data/neighbours-columns';
import { cell, columnIndex, type Table } from './csv-table';

const CLOSENESS = ['Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close'];
const NEIGHBOURS = 10;

/**
 * DfE's wide table (one row per authority, `SN_1`…`SN_10` with a closeness label `SN_nP` each) as one row per
 * authority and neighbour, closest first, in the file's order. Labels lose the source's trailing space ("Close ").
 * ONS codes are added from the attendance files (`newCodes`: old code to new), so either code finds an authority.
 */
export function buildNeighbours(wide: Table, label: string, newCodes: ReadonlyMap<string, string>): Table {
  const oldCode = columnIndex(wide, 'old_la_code', label);
  const name = columnIndex(wide, 'la_name', label);
  const names = new Map(wide.rows.map((row) => [cell(row, oldCode).trim(), cell(row, name).trim()]));
  const rows: string[][] = [];
  wide.rows.forEach((row, index) => {
    const line = index + 2;
    const code = cell(row, oldCode).trim();
    if (!/^\d{3}$/.test(code))
      throw new Error(`${label}: line ${line}: old_la_code "${code}" is not three digits`);
    for (let n = 1; n <= NEIGHBOURS; n += 1) {
      const neighbour = cell(row, columnIndex(wide, `SN_${n}`, label)).trim();
      const closeness = cell(row, columnIndex(wide, `SN_${n}P`, label)).trim();
      const neighbourName = names.get(neighbour);
      if (!neighbourName)
        throw new Error(`${label}: line ${line}: SN_${n} "${neighbour}" is not an authority of the file`);
      if (!CLOSENESS.includes(closeness))
        throw new Error(`${label}: line ${line}: SN_${n}P "${closeness}" is not a closeness label`);
      const newCode = (old: string) => {
        const found = newCodes.get(old);
        if (!found) throw new Error(`${label}: line ${line}: no ONS code for ${old} in the attendance files`);
        return found;
      };
      rows.push([
        code,
        newCode(code),
        names.get(code) ?? '',
        String(n),
        neighbour,
        newCode(neighbour),
        neighbourName,
        closeness,
      ]);
    }
  });
  return { header: [...NEIGHBOUR_COLUMNS], rows };
}
