import { list, text, urlContract } from './url-fields';

/** The briefing's before-and-after choices as its links carry them, under `b.`. */
export interface BriefingUrl {
  /** `<origin>:<id>` of an event or marker (`curated:statutory-guidance-2024`). */
  event: string | undefined;
  /** A measure's id (`weekly-overall`). */
  measure: string | undefined;
  /** The area studied: England's, a region's or an authority's code. */
  area: string | undefined;
  /** The comparison areas chosen for the difference in differences, when not the default ones. */
  comparators: readonly string[] | undefined;
}

export const briefingUrl = urlContract<BriefingUrl>({
  event: text('b.event'),
  measure: text('b.measure'),
  area: text('b.area'),
  comparators: list('b.cmp'),
});
