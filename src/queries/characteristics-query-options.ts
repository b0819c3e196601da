import {
  characteristicsQuery,
  type CharacteristicsRequest,
  type CharacteristicsRow,
} from '../data/sql/characteristics-query';
import { rowsQueryOptions } from './rows-query-options';

export { findAbsenceBands } from '../data/sql/characteristics-query';
export type {
  AbsenceBands,
  CharacteristicsRequest,
  CharacteristicsRow,
} from '../data/sql/characteristics-query';

/** The characteristics view's rows: severe absence for each group of one characteristic, and for all pupils. */
export const characteristicsQueryOptions = rowsQueryOptions<CharacteristicsRequest, CharacteristicsRow>(
  'characteristics',
  characteristicsQuery,
);
