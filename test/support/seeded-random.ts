/** A fixed pseudo-random sequence in [0, 1), so a failing generated case is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** One of `items`, chosen by the next number of the sequence. */
export const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)] as T;

/** Letters from the sequence started at `seed`: text that no packing shortens, as a pasted query can be. */
export function noiseLetters(length: number, seed: number): string {
  const next = seededRandom(seed);
  let text = '';
  // The sequence's own integer (exact: a number below 2^31 over a power of two), one letter of it at a time.
  while (text.length < length) text += String.fromCharCode(97 + (Math.round(next() * 2 ** 31) % 26));
  return text;
}
