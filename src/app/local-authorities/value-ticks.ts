const STEPS = [1, 2, 2.5, 5, 10];

/** Round ticks from zero to at least `max` (0, 0.5, 1, … rather than 0, 0.85, 1.7, …), about `count` of them. */
export function valueTicks(max: number, count = 6): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / (count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw) ?? 10) * power;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
