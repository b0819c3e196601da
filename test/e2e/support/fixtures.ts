import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DFE = path.resolve(import.meta.dirname, '../../../../shared/data/dfe');
export const BAD = path.resolve(import.meta.dirname, '../../fixtures/bad');

/**
 * The rows of DfE's source year-to-date file for one academic year (`2024-25`), as text by column name: tests read
 * the page's figures against the file itself.
 */
export function sourceYtdRows(year: string): Record<string, string>[] {
  const text = readFileSync(path.join(DFE, 'attendance', year, 'EES_ytd_data.csv'), 'utf8');
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
