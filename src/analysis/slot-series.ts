import { refuse, type Granularity, type Point, type Refusal } from './analysis-types';
import { academicYearLabel, slotOf, termSlot, type Slot } from './period-slots';

/** A point placed on its granularity's counted line. */
export interface SlottedPoint {
  point: Point;
  slot: Slot;
}

/**
 * Places every point on the line and sorts them. Refuses points whose date cannot be read, whose value is not a
 * finite number (null is allowed: it means "no figure"), or two points that fall in the same period.
 */
export function slotSeries(
  points: readonly Point[],
  granularity: Granularity,
): { ok: true; rows: SlottedPoint[] } | Refusal {
  const rows: SlottedPoint[] = [];
  const seen = new Map<number, string>();
  for (const point of points) {
    const slot = slotOf(point.start, granularity, point.period);
    if (typeof slot === 'string') return refuse(`${point.period}: ${slot}`);
    if (point.value !== null && !Number.isFinite(point.value)) {
      return refuse(`${point.period} has the value ${String(point.value)}, which is not a number.`);
    }
    const earlier = seen.get(slot.ordinal);
    if (earlier !== undefined) {
      return refuse(
        `"${earlier}" and "${point.period}" fall in the same period (${slot.label}); give one figure per period.`,
      );
    }
    seen.set(slot.ordinal, point.period);
    rows.push({ point, slot });
  }
  rows.sort((a, b) => a.slot.ordinal - b.slot.ordinal);
  return { ok: true, rows };
}

/** Why a figure is missing, when it is known; else an empty string. */
export function missingExplanation(label: string): string {
  // DfE's words (Pupil absence in schools in England: autumn term, 2019/20).
  if (label === '2019/20' || label.startsWith('2019/20 Spring') || label.startsWith('2019/20 Summer')) {
    return (
      'DfE published the autumn term 2019 only: with the spring and summer terms disrupted by ' +
      'COVID-19, there was no two-term or full-year release for 2019/20'
    );
  }
  return '';
}

/** "2019/20 has no figure (no annual data: …)". */
export function noFigure(label: string): string {
  const why = missingExplanation(label);
  return why ? `${label} has no figure (${why})` : `${label} has no figure`;
}

/**
 * Periods missing between the first and last row: absent academic years, or absent years of a one-term series.
 * Weeks are not checked: school holidays leave weeks without figures by design.
 */
export function missingPeriods(rows: readonly SlottedPoint[], granularity: Granularity): string[] {
  if (granularity === 'week') return [];
  const step = granularity === 'term' ? 3 : 1;
  const missing: string[] = [];
  for (let index = 1; index < rows.length; index += 1) {
    const previous = rows[index - 1]?.slot;
    const current = rows[index]?.slot;
    if (!previous || !current) continue;
    for (let ordinal = previous.ordinal + step; ordinal < current.ordinal; ordinal += step) {
      missing.push(
        granularity === 'term'
          ? termSlot((ordinal - current.cycle) / 3, current.cycle).label
          : academicYearLabel(ordinal),
      );
    }
  }
  return missing;
}

/** Refuses a term series that mixes terms: absence rises from autumn to summer, so only like terms compare. */
export function checkOneTerm(rows: readonly SlottedPoint[]): Refusal | null {
  const terms = new Set(rows.map((row) => row.slot.cycle));
  if (terms.size <= 1) return null;
  return refuse(
    'The series mixes terms. Absence rises from autumn to summer, so a trend across different terms measures the ' +
      'season; analyse one term across years (e.g. autumn terms only).',
  );
}

/** A caveat for windows that include the pandemic years, or null. */
export function pandemicCaveat(rows: readonly SlottedPoint[], granularity: Granularity): string | null {
  if (granularity === 'week') return null;
  const years = rows.map((row) => row.slot.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (last < 2019 || first > 2020) return null;
  return (
    'The window includes the pandemic: for 2019/20 DfE published the autumn term 2019 only (no two-term or ' +
    'full-year release), and in 2020/21 sessions missed in circumstances relating to COVID-19 were not counted ' +
    'as absence, so those years are not like-for-like with the others.'
  );
}
