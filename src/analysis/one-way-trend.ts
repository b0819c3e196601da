import type { Point } from './analysis-types';

/**
 * A trend the mean-before-against-mean-after method can see: figures that move the same way at every step, over
 * at least three periods (rising every year, as severe absence did from 2021/22 to 2024/25). A mean of earlier
 * periods against later ones then measures the trend, not a change at the event. Returns the words for it, or
 * null when a step turns, a figure is missing or there are too few.
 */
export function oneWayTrend(points: readonly Point[]): string | null {
  if (points.length < 3) return null;
  const values = points.map((point) => point.value);
  if (values.some((value) => value === null)) return null;
  const steps = values.slice(1).map((value, index) => (value ?? 0) - (values[index] ?? 0));
  const rising = steps.every((step) => step > 0);
  const falling = steps.every((step) => step < 0);
  if (!rising && !falling) return null;
  const [first, last] = [points[0]?.period ?? '', points.at(-1)?.period ?? ''];
  return `the figures ${rising ? 'rose' : 'fell'} at every step from ${first} to ${last}`;
}
