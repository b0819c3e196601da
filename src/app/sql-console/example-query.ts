import { quoteIdent } from '../../data/sql/quote';

/** What the editor holds before an analyst types: a query over `observations` that answers a real question. */
export const EXAMPLE_SQL = `-- Severe absence in England (pupils missing 50% or more of sessions), by academic year
SELECT period, value AS severe_absence_percent, flag
FROM observations
WHERE dataset = 'annual_absence'
  AND indicator = 'enrolments_pa_50_exact_percent'
  AND area_code = 'E92000001'
  AND phase = 'Total'
ORDER BY period_start`;

/** A first look at one table, for the schema panel's buttons. */
export const tableSql = (table: string): string => `SELECT *\nFROM ${quoteIdent(table)}\nLIMIT 100`;
