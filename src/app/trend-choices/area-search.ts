import type { SelectOption } from '../../ui/select-field';

/**
 * Typing to find one area among thousands (19,000 schools, 150 authorities): an option matches when every word
 * typed appears in its name, its code or the name of the area it is listed under, ignoring case and accents. Only
 * the first matches are listed; the rest are counted, so a long level stays quick to draw.
 */
export const SHOWN_MATCHES = 100;

export interface SearchableOption extends SelectOption {
  /** Label, code and group in one folded string, computed once per level rather than per keystroke. */
  haystack: string;
}

export interface AreaMatches {
  shown: SearchableOption[];
  /** Matches not listed: "N more — keep typing". */
  more: number;
}

/** Lower case without accents, so "ecole" finds "École" and "st helens" finds "St Helens". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function searchable(options: readonly SelectOption[]): SearchableOption[] {
  return options.map((option) => ({ ...option, haystack: fold(`${option.label} ${option.group ?? ''}`) }));
}

/** The options matching `typed`, in their listed order (grouped under their parent), at most `limit` of them. */
export function matchAreas(
  options: readonly SearchableOption[],
  typed: string,
  limit = SHOWN_MATCHES,
): AreaMatches {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const shown: SearchableOption[] = [];
  let more = 0;
  for (const option of options) {
    if (!words.every((word) => option.haystack.includes(word))) continue;
    if (shown.length < limit) shown.push(option);
    else more += 1;
  }
  return { shown, more };
}
