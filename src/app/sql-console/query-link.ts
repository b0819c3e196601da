import { packText, UnpackError, unpackText } from '../../data/packed-text';
import type { UrlParams } from '../url-state';
import { consoleUrl, queryChange, type ConsoleUrl } from '../url/console-url';
import type { UrlChange } from '../url/url-fields';

/*
 * How the console's query rides in the page's address (console-url). A link must open on any host, so its whole
 * address stays under a length hosts accept: the query goes as text while it fits (readable, as links always had
 * it), packed while that fits, and beyond that it stays in this browser tab and the address names only where it is
 * kept.
 */

const VERSION = '1';
/** A packed query never unpacks past this, so a short link cannot expand into gigabytes. */
const MAX_UNPACKED_BYTES = 1_000_000;

/** The query the address holds, and how it got there. */
export type LinkedQuery =
  | { kind: 'none' }
  | { kind: 'link'; text: string }
  /** Kept in this tab: the address does not carry it. */
  | { kind: 'tab'; text: string }
  /** The address names a query kept in another tab (or one closed since): the link did not carry it. */
  | { kind: 'not-carried' }
  | { kind: 'damaged'; reason: string };

/**
 * The parameters that hold this query: as text if the address then fits, else packed if it fits, else the key
 * under which the tab keeps it (keepInTab stores the text and returns that key).
 */
export function queryParams(
  text: string,
  fits: (change: UrlChange) => boolean,
  keepInTab: (text: string) => string,
): UrlChange {
  const plain = queryChange('text', text);
  if (fits(plain)) return plain;
  const packed = queryChange('packed', `${VERSION}.${packText(text)}`);
  if (fits(packed)) return packed;
  return queryChange('tab', keepInTab(text));
}

/** The address's query parameters, each undefined when absent. */
export type HeldQuery = ConsoleUrl;

export const heldQuery = (params: UrlParams): HeldQuery => consoleUrl.parse(params);

/** The query an address holds; readTab looks a key up in this tab's store. */
export function linkedQuery(
  { text, packed, tab }: HeldQuery,
  readTab: (key: string) => string | null,
): LinkedQuery {
  if (text !== undefined) return { kind: 'link', text };
  if (packed !== undefined) return unpackQuery(packed);
  if (tab === undefined) return { kind: 'none' };
  const kept = readTab(tab);
  return kept === null ? { kind: 'not-carried' } : { kind: 'tab', text: kept };
}

function unpackQuery(packed: string): LinkedQuery {
  const dot = packed.indexOf('.');
  const version = dot > 0 ? packed.slice(0, dot) : '';
  if (version !== VERSION)
    return {
      kind: 'damaged',
      reason:
        /^\d+$/.test(version) && Number(version) > Number(VERSION)
          ? 'the link was made by a newer version of Attendance Lens'
          : 'the query in the link does not start the way a packed query does',
    };
  try {
    return { kind: 'link', text: unpackText(packed.slice(dot + 1), MAX_UNPACKED_BYTES) };
  } catch (error) {
    if (!(error instanceof UnpackError)) throw error;
    const reasons = {
      characters: 'the query in the link holds characters a packed query never has',
      'too-large': 'the query in the link unpacks to more than 1 MB',
      damaged: 'the query in the link is damaged or cut short',
    };
    return { kind: 'damaged', reason: reasons[error.problem] };
  }
}
