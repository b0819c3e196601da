import type { Point } from '../../src/analysis/analysis-types';

/** Annual points from [label, value] pairs; each academic year starts on 1 September of its first year. */
export function years(rows: readonly (readonly [string, number | null])[]): Point[] {
  return rows.map(([period, value]) => ({ period, start: `${period.slice(0, 4)}-09-01`, value }));
}

/** Monday of an ISO week, the start date DfE's weekly files imply for "YYYY Week N". */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** Weekly points "YYYY Week N" for the given weeks, valued by a function of the week. */
export function weeks(
  year: number,
  list: readonly number[],
  value: (week: number) => number | null,
): Point[] {
  return list.map((week) => ({
    period: `${year} Week ${week}`,
    start: isoWeekMonday(year, week),
    value: value(week),
  }));
}

/** Narrows an analysis answer to its success shape, failing the test with the refusal otherwise. */
export function expectOk<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`expected an answer, got a refusal: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}

/** Narrows an analysis answer to its refusal, failing the test otherwise. */
export function expectRefusal<T extends { ok: boolean }>(answer: T): string {
  if (answer.ok) throw new Error(`expected a refusal, got ${JSON.stringify(answer)}`);
  return (answer as unknown as { reason: string }).reason;
}
