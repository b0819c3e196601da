/** Rows of one indicator (period × area) reshaped for a line chart and its table: one x per period. */
export interface SeriesInputRow {
  period: string;
  period_mid: number | null;
  area_code: string | null;
  area_name: string | null;
  value: number | null;
  flag: string | null;
}

export interface SeriesLine {
  key: string;
  name: string;
}

export interface ChartPeriod {
  x: number;
  label: string;
  values: Record<string, number | null>;
  /** Why a value is missing, by line key: the symbol as published. */
  flags: Record<string, string>;
}

export interface ChartModel {
  lines: SeriesLine[];
  periods: ChartPeriod[];
}

/** Lines keep the order areas are given in; England (or the first area) is drawn with emphasis by the caller. */
export function toChartModel(rows: readonly SeriesInputRow[], lineOrder: readonly string[] = []): ChartModel {
  const lines = new Map<string, SeriesLine>();
  const periods = new Map<number, ChartPeriod>();
  for (const row of rows) {
    if (row.period_mid === null || row.area_code === null) continue;
    if (!lines.has(row.area_code))
      lines.set(row.area_code, { key: row.area_code, name: row.area_name ?? row.area_code });
    let period = periods.get(row.period_mid);
    if (!period) {
      period = { x: row.period_mid, label: row.period, values: {}, flags: {} };
      periods.set(row.period_mid, period);
    }
    period.values[row.area_code] = row.value;
    if (row.value === null) period.flags[row.area_code] = row.flag ?? '';
  }
  const rank = (key: string) => {
    const index = lineOrder.indexOf(key);
    return index < 0 ? lineOrder.length : index;
  };
  const ordered = [...lines.values()].sort(
    (a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name),
  );
  const sortedPeriods = [...periods.values()].sort((a, b) => a.x - b.x);
  // A line with no row for a period has a gap there too, never a line drawn across it.
  for (const period of sortedPeriods)
    for (const line of ordered)
      if (!(line.key in period.values)) {
        period.values[line.key] = null;
        period.flags[line.key] = 'no row';
      }
  return { lines: ordered, periods: sortedPeriods };
}
