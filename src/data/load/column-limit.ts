import { LoadError } from './load-error';

/**
 * The most columns a file may have. Each indicator becomes a number and a flag column in the tidy table, and a
 * file of 2,000 columns loads, charts and answers `observations` on the browser engine; well past that, reading the
 * file needs more working memory than a tab is sure to have. EES files have tens of columns, rarely a hundred.
 */
export const MAX_COLUMNS = 2_500;

const count = (n: number) => n.toLocaleString('en-GB');

/** A clear refusal for a file with too many columns, or null when it may be loaded. */
export function checkColumnCount(fileName: string, columns: number): LoadError | null {
  if (columns <= MAX_COLUMNS) return null;
  return new LoadError(
    fileName,
    `The file has ${count(columns)} columns; this app reads files of up to ${count(MAX_COLUMNS)} columns.`,
    'Split it into files with fewer indicators (keep time_period, time_identifier, geographic_level and the area columns in each), or choose fewer indicators when you download it from Explore Education Statistics, then add the parts.',
    1,
  );
}
