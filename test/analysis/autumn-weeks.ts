/** The ISO weeks of an autumn term with figures, half term (week 44) left out: what weekly files cover. */
export const AUTUMN_WEEKS = [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49];

/**
 * Issue #11: events that no weekly figure of autumn-only data is near, each [date, end of its span, refusal]. The
 * check on its own and the segmented regression that calls it refuse them in the same words.
 */
export const EVENTS_FAR_FROM_AUTUMN_FIGURES: [string, string | null, RegExp][] = [
  ['2024-01-08', '2024-03-31', /No weekly figure falls within the event's span \(2024-01-08 to 2024-03-31\)/],
  [
    '2024-05-21',
    null,
    /No weekly figure falls within 4 weeks after the event \(2024-05-21\): the first is 2024 Week 37, 16 weeks later/,
  ],
];
