import type { Page } from 'playwright-core';

/**
 * Shows the view a URL names (`?view=maps&…`, or `` for the first view) on the page already open, the way the app's
 * own links do: `history.pushState` and the app's `lens:navigate` event. DuckDB and the default data stay loaded and
 * answered queries stay cached, so reaching a view this way costs no restart, where `page.goto` starts the engine
 * and loads the default files again (most of a browser test's time on a busy machine).
 *
 * Everything a view shows comes from the URL, so the view is the one a fresh page would open with, once the page has
 * loaded the data it needs. A view named by the URL is mounted anew when another was shown; the same view keeps its
 * own state (a table/chart toggle, a hovered area). Tests of what a fresh page does (a link opened anew, back and
 * forward across loads, files kept over a reload) use `page.goto`.
 */
export async function showUrl(page: Page, search: string): Promise<void> {
  if (!page.url().startsWith('http')) throw new Error('showUrl needs a page that has loaded the app.');
  await page.evaluate(async (query) => {
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    window.dispatchEvent(new Event('lens:navigate'));
    // The app re-renders from the URL in a microtask; one painted frame later the new choices are on the page.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }, search);
}
