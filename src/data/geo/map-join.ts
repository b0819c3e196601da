import type { Feature, Geometry } from 'geojson';

/** A shape the join can place rows on: an authority (with DfE's code and other codes) or a region. */
export type JoinableShape = Feature<Geometry, { code: string; old?: string; aliases?: string[] }>;

/** What a row needs for the join: its ONS code and DfE's old code (either may be missing). */
export interface JoinableRow {
  la_code: string | null;
  la_old_code: string | null;
}

export interface JoinedArea<R, S extends JoinableShape> {
  area: S;
  row: R | null;
}

/**
 * Puts each row on its area: by ONS code (or an alias, so a code change is one area), else by DfE's old code, which
 * is all LAIT's rows for abolished authorities carry. Rows for areas that did not exist that year are left over.
 */
export function joinRows<R extends JoinableRow, S extends JoinableShape>(
  areas: readonly S[],
  rows: readonly R[],
): { joined: JoinedArea<R, S>[]; unplaced: R[] } {
  const byCode = new Map<string, number>();
  const byOld = new Map<string, number>();
  areas.forEach((area, index) => {
    for (const code of [area.properties.code, ...(area.properties.aliases ?? [])]) byCode.set(code, index);
    if (area.properties.old) byOld.set(area.properties.old, index);
  });
  const found: (R | null)[] = areas.map(() => null);
  const unplaced: R[] = [];
  for (const row of rows) {
    const index =
      (row.la_code ? byCode.get(row.la_code) : undefined) ??
      (row.la_old_code ? byOld.get(row.la_old_code) : undefined);
    if (index === undefined || found[index]) unplaced.push(row);
    else found[index] = row;
  }
  return { joined: areas.map((area, index) => ({ area, row: found[index] ?? null })), unplaced };
}
