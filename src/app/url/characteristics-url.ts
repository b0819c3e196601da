import { text, urlContract } from './url-fields';

/** The pupil characteristics view's choices as its links carry them, under `ch.`. */
export interface CharacteristicsUrl {
  dataset: string | undefined;
  /** A characteristic's id (`fsm`, `sen`, `sex`, `year`). */
  by: string | undefined;
  /** England's or a region's code, or a region given in parts. */
  area: string | undefined;
  phase: string | undefined;
  /** A period label; absent for every year. */
  year: string | undefined;
}

export const characteristicsUrl = urlContract<CharacteristicsUrl>({
  dataset: text('ch.ds'),
  by: text('ch.by'),
  area: text('ch.area'),
  phase: text('ch.phase'),
  year: text('ch.year'),
});
