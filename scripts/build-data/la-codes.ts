import { cell, columnIndex, type Table } from './csv-table';

/** What the attendance files call a local authority that LAIT knows only by its three-digit code. */
export interface LaIdentity {
  newCode: string;
  name: string;
}

export interface LaCodeMap {
  byOldCode: ReadonlyMap<string, LaIdentity>;
  /** Old codes whose ONS code changed between files, with every code seen, oldest first. */
  changed: readonly { oldCode: string; name: string; codes: readonly string[] }[];
}

export interface NamedTable {
  label: string;
  table: Table;
}

/**
 * Maps `old_la_code` to `new_la_code` and `la_name` from the attendance files. Pass the files oldest first: the
 * latest code wins, so North Yorkshire (815) and Somerset (933), which became unitary in April 2023, get one
 * current code across the whole time series, and Cumbria (909), found only in autumn 2022, still gets its code.
 */
export function laCodesFrom(files: readonly NamedTable[]): LaCodeMap {
  const byOldCode = new Map<string, LaIdentity>();
  const seen = new Map<string, string[]>();
  for (const { label, table } of files) {
    const level = columnIndex(table, 'geographic_level', label);
    const oldCode = columnIndex(table, 'old_la_code', label);
    const newCode = columnIndex(table, 'new_la_code', label);
    const name = columnIndex(table, 'la_name', label);
    for (const row of table.rows) {
      if (cell(row, level) !== 'Local authority') continue;
      const old = cell(row, oldCode).trim();
      const code = cell(row, newCode).trim();
      if (!/^\d{3}$/.test(old))
        throw new Error(`${label}: local authority row without a three-digit old_la_code`);
      byOldCode.set(old, { newCode: code, name: cell(row, name).trim() });
      const codes = seen.get(old) ?? [];
      if (!codes.includes(code)) codes.push(code);
      seen.set(old, codes);
    }
  }
  const changed = [...seen.entries()]
    .filter(([, codes]) => codes.length > 1)
    .map(([oldCode, codes]) => ({ oldCode, name: byOldCode.get(oldCode)?.name ?? '', codes }))
    .sort((a, b) => (a.oldCode < b.oldCode ? -1 : 1));
  return { byOldCode, changed };
}
