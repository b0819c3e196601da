import { quantileSorted } from 'd3-array';
import { schemeYlGnBu } from 'd3-scale-chromatic';

export type ClassMethod = 'quantile' | 'equal';

export const CLASS_COUNT = 5;

/** ColorBrewer's yellow-green-blue: light to dark, told apart with colour-blindness, its lightest still seen on white. */
export const CLASS_COLOURS: readonly string[] = schemeYlGnBu[CLASS_COUNT] ?? [];

export interface MapClass {
  index: number;
  colour: string;
  /** The class's bounds: equal intervals' edges, or the lowest and highest value a quantile class holds. */
  lower: number;
  upper: number;
  count: number;
}

export interface Classes {
  method: ClassMethod;
  classes: MapClass[];
  /** Class index of a value; -1 for a value outside every class (there is none when built from the same values). */
  classOf: (value: number) => number;
}

/**
 * Five classes of the values: quantiles (about a fifth of the areas in each, EES's default) or equal intervals
 * between the lowest and highest value. A value on a boundary goes to the upper class.
 */
export function classify(values: readonly number[], method: ClassMethod): Classes {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const low = sorted[0] ?? 0;
  const high = sorted.at(-1) ?? 0;
  const breaks = Array.from({ length: CLASS_COUNT - 1 }, (_, i) =>
    method === 'quantile'
      ? (quantileSorted(sorted, (i + 1) / CLASS_COUNT) ?? low)
      : low + ((high - low) * (i + 1)) / CLASS_COUNT,
  );
  const classOf = (value: number) => {
    if (!(value >= low && value <= high)) return -1;
    let index = 0;
    while (index < breaks.length && value >= (breaks[index] ?? Infinity)) index += 1;
    return index;
  };
  const members: number[][] = Array.from({ length: CLASS_COUNT }, () => []);
  for (const value of sorted) members[classOf(value)]?.push(value);
  const classes = members.map((held, index) => ({
    index,
    colour: CLASS_COLOURS[index] ?? '#000',
    lower: method === 'equal' ? (index === 0 ? low : (breaks[index - 1] ?? low)) : (held[0] ?? NaN),
    upper: method === 'equal' ? (breaks[index] ?? high) : (held.at(-1) ?? NaN),
    count: held.length,
  }));
  return { method, classes, classOf };
}
