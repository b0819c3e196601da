import type { Dataset } from '../../data/catalogue';
import type { SeriesRow } from '../../queries/series-query-options';
import { geoOf } from '../url/geo-code';
import { LARGEST_AREAS } from '../trend-choices/trend-choices';

/** The period the largest areas were picked in: the latest with a figure, as the query picks it. */
function latestWithFigure(rows: readonly SeriesRow[]): string | null {
  let latest: SeriesRow | null = null;
  for (const row of rows)
    if (row.value !== null && (latest === null || (row.period_mid ?? 0) > (latest.period_mid ?? 0)))
      latest = row;
  return latest?.period ?? null;
}

/**
 * Beside a chart of one level's highest areas (`top:<level>`): which areas these are and why the chart starts
 * here, so nobody reads ten providers as the whole story or wonders where England went.
 */
export function LargestAreasNote({
  dataset,
  geography,
  indicatorLabel,
  rows,
}: {
  dataset: Dataset;
  geography: string;
  indicatorLabel: string;
  rows: readonly SeriesRow[];
}) {
  const largest = geoOf(geography, 'largest');
  if (!largest) return null;
  const { level } = largest;
  const total = dataset.areas.filter((area) => area.level === level).length;
  const period = latestWithFigure(rows);
  const why = dataset.levels.includes('National')
    ? ''
    : `This file has no figures for England${dataset.levels.includes('Regional') ? '' : ' or its regions'}, so the chart starts with `;
  const which = `the ${Math.min(LARGEST_AREAS, total)} areas (of ${total.toLocaleString('en-GB')} at ${level} level) with the highest “${indicatorLabel}”${period ? ` in ${period}` : ''}`;
  return (
    <p className="chart-note" data-testid="largest-areas">
      {why ? `${why}${which}.` : `${which.charAt(0).toUpperCase()}${which.slice(1)}.`} Choose one area with
      Level and Area, or another comparison under Areas; the Table lists every figure drawn.
    </p>
  );
}
