/**
 * A source field lists its citations separated by "; ": web addresses and notes such as a seed file and
 * section ("alliance-meeting-2022-04-28.txt § 4"). Each is read on its own, so a note after an address
 * stays text instead of being glued onto the address.
 */
export interface SourceCitations {
  /** Each web address, as the browser normalises it. */
  links: URL[];
  /** Everything that is not a web address, in order, joined by "; "; '' when there is none. */
  notes: string;
}

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** The URL for one citation that is a whole http(s) address (no spaces, nothing after it); else null. */
export function webAddress(text: string): URL | null {
  if (!WEB_ADDRESS.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    // Starts like a web address but is not one: it stays the text it is.
    return null;
  }
}

/** Whether a citation starts like a web address, so it was meant to be a link. */
export function looksLikeWebAddress(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** The citations of a source field. Only "; " separates: a web address may hold a bare ';' but no space. */
export function citationsOf(source: string): string[] {
  return source
    .split(/;(?:\s+|$)/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function splitSource(source: string): SourceCitations {
  const links: URL[] = [];
  const notes: string[] = [];
  for (const citation of citationsOf(source)) {
    const address = webAddress(citation);
    if (address) links.push(address);
    else notes.push(citation);
  }
  return { links, notes: notes.join('; ') };
}
