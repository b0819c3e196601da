import Papa from 'papaparse';
import { parseMetaCsv } from '../../src/data/ees/meta-csv';
import type { LoadedDataset } from '../../src/data/catalogue';
import { loadDataset } from '../../src/data/load/load-dataset';
import type { SqlEngine } from '../../src/data/sql-engine';
import { eesVarietyText, eesVarietyZip } from './ees-variety-files';

/** Loads `<name>.csv` from `<name>.zip` with its `.meta.csv`, as a user's own file, under `id`. */
export async function loadEesVariety(engine: SqlEngine, name: string, id: string): Promise<LoadedDataset> {
  const files = eesVarietyZip(`${name}.zip`);
  const meta = parseMetaCsv(new TextDecoder().decode(files.get(`${name}.meta.csv`))).columns;
  return loadDataset(engine, {
    id,
    fileName: `${name}.csv`,
    data: files.get(`${name}.csv`) ?? new Uint8Array(),
    origin: 'user',
    meta,
  });
}

/** The rows of `<name>.csv` in `<name>.zip`, read by PapaParse with the header row as keys. */
export function eesVarietyRows(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(eesVarietyText(`${name}.zip`, `${name}.csv`), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** The file's England rows of one `time_period` whose every characteristic column is "Total". */
export function englandTotalRows(name: string, timePeriod: string): Record<string, string>[] {
  return eesVarietyRows(name).filter(
    (r) =>
      r.time_period === timePeriod &&
      r.geographic_level === 'National' &&
      Object.entries(r).every(([k, v]) => !k.startsWith('characteristic') || v.trim() === 'Total'),
  );
}
