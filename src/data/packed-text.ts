import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * Text packed for a link: deflated, then written in base64url, whose characters a URL carries as they are. Shared
 * markers and console queries travel this way, so a link holds several times more text than it would written out.
 */
export function packText(text: string): string {
  return toBase64Url(deflateSync(strToU8(text), { level: 9 }));
}

/** Why packed text could not be read; each caller says it in its own words. */
export type UnpackProblem = 'characters' | 'too-large' | 'damaged';

export class UnpackError extends Error {
  override readonly name = 'UnpackError';
  constructor(
    readonly problem: UnpackProblem,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * The text packed by packText. Stops past maxBytes of unpacked text, so a short link cannot expand into gigabytes.
 * Throws UnpackError.
 */
export function unpackText(packed: string, maxBytes: number): string {
  try {
    return strFromU8(inflateLimited(fromBase64Url(packed), maxBytes));
  } catch (error) {
    if (error instanceof UnpackError) throw error;
    throw new UnpackError('damaged', 'the packed text is damaged or cut short', { cause: error });
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new UnpackError('characters', 'the packed text holds characters base64url never has');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Inflates in slices and stops as soon as the output passes the limit. */
function inflateLimited(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes)
      throw new UnpackError('too-large', `the packed text unpacks past ${maxBytes} bytes`);
    parts.push(chunk);
  });
  const SLICE = 1024;
  for (let at = 0; at < bytes.length; at += SLICE)
    inflate.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
