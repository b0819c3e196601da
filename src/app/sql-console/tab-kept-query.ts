/**
 * Queries too long for a link, kept for this browser tab. sessionStorage survives a reload and back/forward but
 * not a new tab, which is what a copied link opens; the page's own map keeps the text when storage is refused
 * (private windows, a full quota), for as long as the page is open.
 */
const PREFIX = 'attendance-lens.sql.';
const inPage = new Map<string, string>();

/** Keeps the text and returns the short key the address names it by. */
export function keepInTab(text: string): string {
  // getRandomValues, unlike randomUUID, works on a page served over plain http.
  const key = Array.from(crypto.getRandomValues(new Uint8Array(5)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  inPage.set(key, text);
  try {
    sessionStorage.setItem(PREFIX + key, text);
  } catch {
    // Refused storage leaves the text in the page's map: a reload loses it, and the console then says so.
  }
  return key;
}

export function readFromTab(key: string): string | null {
  const kept = inPage.get(key);
  if (kept !== undefined) return kept;
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}
