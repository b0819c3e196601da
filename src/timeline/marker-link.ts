import { formatBytes } from '../data/format-bytes';
import { packText, UnpackError, unpackText, type UnpackProblem } from '../data/packed-text';
import type { Marker } from './event';
import { markersToJson } from './marker-export';
import { importMarkers, MAX_IMPORT_BYTES, type ImportResult } from './marker-import';
import { newMarkerId } from './marker-validate';

/** The fragment key: `#markers=1.<data>`. A fragment never reaches a server, so shared markers stay in browsers. */
export const MARKER_LINK_KEY = 'markers';
const VERSION = '1';
/** Longer links are cut short by some mail and chat programs; past this, export a file. */
export const MAX_LINK_CHARS = 16_000;

/** The link could not be read: it was cut short, edited, too large or made by a newer version. */
export class MarkerLinkError extends Error {
  override readonly name = 'MarkerLinkError';
}

/** The fragment (without `#`) that carries these markers, compressed; null when it would be too long to share. */
export function markersToFragment(markers: readonly Marker[]): string | null {
  const fragment = `${MARKER_LINK_KEY}=${VERSION}.${packText(markersToJson(markers))}`;
  return fragment.length <= MAX_LINK_CHARS ? fragment : null;
}

/** The markers' data in a fragment, or null when the fragment is not a marker link at all. */
export function markerData(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(MARKER_LINK_KEY);
}

const UNPACK_PROBLEMS: Record<UnpackProblem, string> = {
  characters: 'the link holds characters a marker link never has',
  'too-large': `the markers in the link are larger than ${formatBytes(MAX_IMPORT_BYTES)}`,
  damaged: 'the link is damaged or cut short (its data do not unpack)',
};

/**
 * Reads the markers a link carries and checks each as an imported file would be checked; nothing is stored.
 * Throws MarkerLinkError with a sentence that says what is wrong.
 */
export function markersFromLink(data: string, existingIds: Iterable<string>): ImportResult {
  if (data.length > MAX_LINK_CHARS)
    throw new MarkerLinkError(
      `the link is ${data.length} characters long; marker links are at most ${MAX_LINK_CHARS}`,
    );
  const dot = data.indexOf('.');
  const version = dot > 0 ? data.slice(0, dot) : '';
  if (version !== VERSION)
    throw new MarkerLinkError(
      /^\d+$/.test(version) && Number(version) > Number(VERSION)
        ? 'the link was made by a newer version of Attendance Lens'
        : 'the link does not start the way a marker link does',
    );
  let text: string;
  try {
    text = unpackText(data.slice(dot + 1), MAX_IMPORT_BYTES);
  } catch (error) {
    if (error instanceof UnpackError)
      throw new MarkerLinkError(UNPACK_PROBLEMS[error.problem], { cause: error });
    throw error;
  }
  try {
    return importMarkers(text, 'json', existingIds, newMarkerId, false);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MarkerLinkError(`the link’s data are not a list of markers: ${message}`, { cause: error });
  }
}
