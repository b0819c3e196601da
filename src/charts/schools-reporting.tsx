/** How many schools a figure counts, and how many were open, where the file says. */
export interface SchoolsCount {
  reporting: number;
  total: number | null;
}

const whole = (value: number): string => Math.round(value).toLocaleString('en-GB');

/** The share of schools open that reported, in whole per cent; 1,090 of 1,095 is not all, so it is 99%, not 100%. */
export function sharePercent(reporting: number, total: number): number {
  const rounded = Math.round((100 * reporting) / total);
  return reporting < total ? Math.min(99, rounded) : rounded;
}

/**
 * "18,184 of 22,005 schools reporting (83%)". The daily collection's `num_schools` is a mean over the period's
 * days, so it is rounded to a whole school.
 */
export function schoolsText(count: SchoolsCount): string {
  if (count.total === null) return `${whole(count.reporting)} schools reporting`;
  const share = sharePercent(count.reporting, count.total);
  return `${whole(count.reporting)} of ${whole(count.total)} schools reporting (${share}%)`;
}

/** Set beside a figure in hovers and tables; nothing when the file does not give the count. */
export function SchoolsReporting({ count }: { count: SchoolsCount | undefined }) {
  if (!count) return null;
  return <span className="schools-reporting">{schoolsText(count)}</span>;
}

/** Said under any chart whose figures carry their schools. */
export const COVERAGE_CAVEAT =
  'The number of schools reporting is shown beside each figure (hover a point, or open the table): the daily ' +
  'collection reached more schools each year, and a change in which schools are counted can move a rate by itself.';
