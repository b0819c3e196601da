/** Pixels a tick label of the axis font (12 px) takes per character, generously, and the space kept between labels. */
const CHAR_WIDTH = 7.5;
const LABEL_GAP = 16;

/**
 * The periods' x values that get a labelled tick: from the left, each tick far enough from the last for the
 * longest label to fit between them. Periods can bunch (weeks of autumn terms), so the spacing is in pixels, not in
 * periods. Label widths are estimated from their length rather than measured in the page, because Recharts' own
 * measuring forced a layout on every redraw.
 */
export function timeTicks(
  periods: readonly (readonly [number, string])[],
  domain: readonly [number, number],
  plotWidth: number,
): number[] {
  const longest = Math.max(1, ...periods.map(([, label]) => label.length));
  const gap = longest * CHAR_WIDTH + LABEL_GAP;
  const span = domain[1] - domain[0] || 1;
  const ticks: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const [x] of [...periods].sort((a, b) => a[0] - b[0])) {
    const px = ((x - domain[0]) / span) * plotWidth;
    if (px - last < gap) continue;
    ticks.push(x);
    last = px;
  }
  return ticks;
}
