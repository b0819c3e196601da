import Papa from 'papaparse';
import { NEIGHBOUR_COLUMNS as COLUMNS, NEIGHBOURS_FILE } from './neighbours-columns';
import { fetchDefaultFile } from './default-data';
import type { LaCodes } from './sql/neighbours-query';

export interface Neighbour extends LaCodes {
  name: string;
  /** DfE's label: "Extremely close" … "Not close". */
  closeness: string;
}

export interface NeighbourList {
  authority: LaCodes & { name: string };
  /** Closest first, as DfE lists them. */
  neighbours: Neighbour[];
}

/** DfE's statistical neighbours (data/statistical_neighbours.csv), keyed by the authority's ONS code. */
export function parseNeighbours(text: string): Map<string, NeighbourList> {
  const parsed = Papa.parse<Record<(typeof COLUMNS)[number], string>>(text, {
    header: true,
    skipEmptyLines: true,
  });
  const missing = COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length)
    throw new Error(`${NEIGHBOURS_FILE} lacks ${missing.join(', ')}: run npm run data:build.`);
  const lists = new Map<string, NeighbourList>();
  for (const row of parsed.data) {
    const list = lists.get(row.new_la_code) ?? {
      authority: { old: row.old_la_code, code: row.new_la_code, name: row.la_name },
      neighbours: [],
    };
    list.neighbours[Number(row.neighbour_order) - 1] = {
      old: row.neighbour_old_la_code,
      code: row.neighbour_new_la_code,
      name: row.neighbour_la_name,
      closeness: row.closeness,
    };
    lists.set(row.new_la_code, list);
  }
  return lists;
}

export async function fetchNeighbours(): Promise<Map<string, NeighbourList>> {
  return parseNeighbours(new TextDecoder().decode(await fetchDefaultFile(NEIGHBOURS_FILE)));
}
