/** How much of each end of a file the fingerprint reads: enough to tell real files apart, cheap for 1 GB ones. */
export const FINGERPRINT_EDGE_BYTES = 1024 * 1024;

function hex(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A file's content in a few characters, for noticing the same file added twice (under any name): its size and the
 * SHA-256 of its first and last megabyte (all of it when smaller). Two EES files that differ somewhere in the middle
 * only but have the same size and ends would be taken for one; an edited or re-published file changes its size or
 * its last rows.
 */
export async function fileFingerprint(data: Blob | Uint8Array): Promise<string> {
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>]);
  const size = blob.size;
  const sampled =
    size <= 2 * FINGERPRINT_EDGE_BYTES
      ? blob
      : new Blob([blob.slice(0, FINGERPRINT_EDGE_BYTES), blob.slice(size - FINGERPRINT_EDGE_BYTES)]);
  const digest = await crypto.subtle.digest('SHA-256', await sampled.arrayBuffer());
  return `${size}:${hex(digest)}`;
}
