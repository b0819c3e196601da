import { comparePeriods, periodMidpoint, periodOf, type Grain, type Period } from '../ees/time-periods';
import type { SqlEngine } from '../sql-engine';
import { quoteIdent } from '../sql/quote';
import { DATE_COLUMN, PERIODS_TABLE } from '../sql/tidy-view';

export interface DatasetPeriods {
  periods: Period[];
  unknown: string[];
}

/**
 * Labels and dates every time_period/time_identifier pair of a table (with its `date` where the file has that
 * column, so four dates of one week are four periods) and stores them for its view to join.
 */
export async function registerPeriods(
  engine: SqlEngine,
  datasetId: string,
  table: string,
  grainOverride: Grain | null,
  hasDate = false,
): Promise<DatasetPeriods> {
  const pairs = await engine.query<{
    time_period: string | null;
    time_identifier: string | null;
    date: string | null;
  }>(
    `SELECT DISTINCT time_period, time_identifier, ${hasDate ? quoteIdent(DATE_COLUMN) : 'NULL::VARCHAR'} AS date
     FROM ${quoteIdent(table)}`,
  );
  const periods: Period[] = [];
  const unknown: string[] = [];
  const rows: (string | number | null)[][] = [];
  for (const pair of pairs) {
    const timePeriod = pair.time_period ?? '';
    const identifier = pair.time_identifier ?? '';
    // A year-to-date file says "Academic year" in every row; only the dataset knows the year is not complete.
    // A pair EES does not define is its own category, dated to its year where one can be read; only a pair with no
    // year at all is left undated (and listed, so the dataset can say so).
    const period = periodOf(timePeriod, grainOverride === 'Year to date' ? 'Year to date' : identifier, {
      date: pair.date,
    });
    if (period.start === '') {
      unknown.push(`${timePeriod} ${identifier}`.trim());
      continue;
    }
    periods.push(period);
    rows.push([
      datasetId,
      timePeriod,
      identifier,
      period.label,
      period.grain,
      period.start,
      period.end,
      periodMidpoint(period),
      pair.date,
    ]);
  }
  // A dataset loaded again under the same id must not keep the periods of its earlier load (rows would double).
  await engine.query(`DELETE FROM ${PERIODS_TABLE} WHERE dataset = ?`, [datasetId]);
  if (rows.length > 0) {
    const rowTuples = rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    await engine.query(`INSERT INTO ${PERIODS_TABLE} VALUES ${rowTuples}`, rows.flat());
  }
  periods.sort(comparePeriods);
  // Rows of one week whose dates cannot be read (blank, or not a date) are that week: list it once.
  const seen = new Set<string>();
  return {
    periods: periods.filter((p) => !seen.has(p.label + p.start) && seen.add(p.label + p.start)),
    unknown,
  };
}
