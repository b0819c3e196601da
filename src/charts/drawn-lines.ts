import type { ChartModel } from './series-model';

/**
 * How many figures one chart draws before a change stops feeling instant: every figure is a point of a path, a
 * hover position and a value on the axis. A long weekly series of many areas (33 London boroughs over 2,000 weeks
 * is 66,000 figures) would take a second per change; no eye follows 30 lines of 2,000 points at once either.
 */
export const DRAWN_FIGURES_LIMIT = 12_000;

/**
 * The lines left undrawn at first because the chart would hold more figures than {@link DRAWN_FIGURES_LIMIT}: the
 * lines keep their order (England, or the first area, first), and each line after the budget is spent is held back.
 * The first line is always drawn. The legend shows the held-back lines, which the user can draw one by one.
 */
export function linesOverLimit(model: ChartModel, limit = DRAWN_FIGURES_LIMIT): string[] {
  const periods = model.periods.filter((period) => !period.isBreak).length;
  if (periods === 0 || model.lines.length * periods <= limit) return [];
  const drawn = Math.max(1, Math.floor(limit / periods));
  return model.lines.slice(drawn).map((line) => line.key);
}

/** The lines hidden: those held back, except any the user chose to draw, plus those the user chose to hide. */
export function hiddenLines(heldBack: readonly string[], toggled: ReadonlySet<string>): ReadonlySet<string> {
  const hidden = new Set(toggled);
  for (const key of heldBack) {
    if (toggled.has(key)) hidden.delete(key);
    else hidden.add(key);
  }
  return hidden;
}
