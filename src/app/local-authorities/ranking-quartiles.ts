import type { RankingRow } from '../../queries/ranking-query-options';

export interface QuartileBand {
  quartile: number;
  low: number;
  high: number;
  count: number;
}

/** Each quarter's lowest and highest value and size, quarter 1 holding the highest values (as the ranks run). */
export function quartileBands(rows: readonly RankingRow[]): QuartileBand[] {
  const bands = new Map<number, QuartileBand>();
  for (const row of rows) {
    if (row.quartile === null || row.latest_value === null) continue;
    const band = bands.get(row.quartile);
    const value = row.latest_value;
    bands.set(
      row.quartile,
      band
        ? { ...band, low: Math.min(band.low, value), high: Math.max(band.high, value), count: band.count + 1 }
        : { quartile: row.quartile, low: value, high: value, count: 1 },
    );
  }
  return [...bands.values()].sort((a, b) => a.quartile - b.quartile);
}

/** "Quartile 1 (highest): 2.79% to 3.67% (38 authorities); …". */
export function quartileSummary(bands: readonly QuartileBand[], format: (value: number) => string): string {
  return bands
    .map(
      (b) =>
        `quartile ${b.quartile}${b.quartile === 1 ? ' (highest)' : b.quartile === 4 ? ' (lowest)' : ''}: ${format(b.low)} to ${format(b.high)} (${b.count})`,
    )
    .join('; ');
}
