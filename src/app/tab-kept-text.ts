/**
 * Text too long for a link, kept for this browser tab under a short key the address names. sessionStorage survives a
 * reload and back/forward but not a new tab, which is what a copied link opens; the page's own map keeps the text
 * when storage is refused (private windows, a full quota), for as long as the page is open.
 */
const PREFIX = 'attendance-lens.kept.';
const inPage = new Map<string, string>();

/**
 * The key a text is kept under: a hash of the text, so keeping the same text again reuses its entry (every change
 * of view rewrites the address) and a key never names another text in practice (53 bits).
 */
export function tabKeyOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2_654_435_761);
    h2 = Math.imul(h2 ^ code, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return (4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0)).toString(36);
}

/** Keeps the text and returns the key the address names it by. */
export function keepInTab(text: string): string {
  const key = tabKeyOf(text);
  inPage.set(key, text);
  try {
    sessionStorage.setItem(PREFIX + key, text);
  } catch {
    // Refused storage leaves the text in the page's map: a reload loses it, and the page then says so.
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
