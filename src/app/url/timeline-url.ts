import { text, urlContract } from './url-fields';

/** The timeline view's filters as its links carry them, under `tl.`; absent means any. */
export interface TimelineUrl {
  type: string | undefined;
  organisation: string | undefined;
  area: string | undefined;
  confidence: string | undefined;
  origin: string | undefined;
}

export const timelineUrl = urlContract<TimelineUrl>({
  type: text('tl.type'),
  organisation: text('tl.org'),
  area: text('tl.area'),
  confidence: text('tl.conf'),
  origin: text('tl.origin'),
});
