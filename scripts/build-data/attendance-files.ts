import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvFile, type Table } from './csv-table';
import type { NamedTable } from './la-codes';

/** The attendance files of every academic year folder (`2022-23`, ...), oldest year first. */
export interface AttendanceInputs {
  ytd: NamedTable[];
  terms: NamedTable[];
  weekly: NamedTable[];
  /** Every file, ordered so that a later file describes a later time (for the local authority code map). */
  byTime: NamedTable[];
  weeklyMeta: Table;
}

const TERM_FILES = ['EES_aut_data.csv', 'EES_spr_data.csv', 'EES_sum_data.csv'];

function readIfPresent(dir: string, year: string, file: string): NamedTable[] {
  const path = join(dir, year, file);
  return existsSync(path) ? [{ label: `${year}/${file}`, table: readCsvFile(path) }] : [];
}

export function readAttendance(dir: string): AttendanceInputs {
  if (!existsSync(dir)) throw new Error(`${dir}: no attendance folder; pass --from with the DfE data folder`);
  const years = readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}$/.test(name))
    .sort();
  if (years.length === 0) throw new Error(`${dir}: no academic year folders such as 2022-23`);
  const inputs: AttendanceInputs = {
    ytd: [],
    terms: [],
    weekly: [],
    byTime: [],
    weeklyMeta: readCsvFile(join(dir, 'EES_weekly_data.meta.csv')),
  };
  for (const year of years) {
    const weekly = readIfPresent(dir, year, 'EES_weekly_data.csv');
    const terms = TERM_FILES.flatMap((file) => readIfPresent(dir, year, file));
    const ytd = readIfPresent(dir, year, 'EES_ytd_data.csv');
    if (weekly.length + terms.length + ytd.length === 0)
      throw new Error(`${dir}/${year}: no EES_*_data.csv files`);
    inputs.weekly.push(...weekly);
    inputs.terms.push(...terms);
    inputs.ytd.push(...ytd);
    // Autumn weeks come first and the year to date last: the year to date was published after the terms.
    inputs.byTime.push(...weekly, ...terms, ...ytd);
  }
  return inputs;
}
