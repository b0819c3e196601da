import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { preview, type Plugin, type ResolvedConfig } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';

/**
 * The default view, drawn into the built index.html, so the first chart is on screen at the first paint instead of
 * after the page's script has been compiled and React has drawn it (about 1.5 s on a 2-core machine).
 *
 * Recharts 3 draws nothing on a server (recharts/recharts#5997: the chart's size reaches its store in an effect), so
 * the view is drawn by the built page itself, in Chromium, from the figures `npm run data:build` prebuilt, and its
 * markup is kept. The copy is `inert` (a click or key before the script has run would be lost) and stays until React
 * replaces it: its first render draws the same chart from the same prebuilt answer (the series query's initial
 * data), so the swap changes nothing on screen. At another address the copy is hidden before it is painted.
 */

/** The window the copy is drawn in; other widths scale it (styles.css) until React draws it at theirs. */
const WINDOW = { width: 1400, height: 1000 };
const SCRIPT_NAME = 'first-view.js';

/**
 * Runs in the page's head before the body is drawn (a file of its own: the page's CSP allows no inline script). An
 * address with choices or a shared-markers link shows another view: the copy is hidden. Otherwise the first chart
 * is marked in the first frame drawn once the parser has reached it.
 */
export const FIRST_VIEW_SCRIPT = `// Attendance Lens: the default view is drawn into index.html at build time (scripts/prerender-first-view.ts).
if (location.search || location.hash) document.documentElement.classList.add('lens-live-only');
else (function markWhenDrawn() {
  requestAnimationFrame(function () {
    if (document.querySelector('#root > .prerendered figure[data-chart]')) performance.mark('lens:first-chart');
    else if (document.readyState === 'loading') markWhenDrawn();
  });
})();
`;

/** The built page's default view once React has drawn its first chart, with the chart marked as a copy. */
async function drawFirstView(config: ResolvedConfig, outDir: string): Promise<string> {
  const server = await preview({
    root: config.root,
    configFile: config.configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server did not report its address.');
    const page = await browser.newPage({ viewport: WINDOW });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('lens:first-chart-live').length > 0, null, {
      timeout: 60_000,
    });
    return await page.evaluate(async () => {
      // Two frames: the chart's axes and lines are laid out from its measured width in the frame after its first.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const root = document.getElementById('root');
      // React sets what a control shows as a property, which a copy of the markup would lose: written as attributes.
      for (const option of root?.querySelectorAll('option') ?? [])
        option.toggleAttribute('selected', option.selected);
      for (const input of root?.querySelectorAll('input') ?? []) {
        if (input.type === 'checkbox' || input.type === 'radio')
          input.toggleAttribute('checked', input.checked);
        else if (input.type !== 'file') input.setAttribute('value', input.value);
      }
      const copy = root?.cloneNode(true) as HTMLElement | undefined;
      if (!copy?.querySelector('figure[data-chart][data-state="ready"] svg'))
        throw new Error('The default view drew no chart.');
      // Tests and the bench wait for a ready chart to use it: the copy cannot be used.
      for (const figure of copy.querySelectorAll('figure[data-state]'))
        figure.setAttribute('data-state', 'copy');
      return copy.innerHTML;
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

export function prerenderFirstView(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'attendance-lens-prerender-first-view',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCRIPT_NAME, source: FIRST_VIEW_SCRIPT });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `./${SCRIPT_NAME}` }, injectTo: 'head' }],
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const indexPath = path.join(outDir, 'index.html');
      if (!existsSync(indexPath)) return;
      if (process.env.LENS_PRERENDER === '0' || !existsSync(CHROMIUM)) {
        config.logger.warn(
          `The first view is not drawn into index.html (${existsSync(CHROMIUM) ? 'LENS_PRERENDER=0' : `no Chromium at ${CHROMIUM}`}): the page draws it once its script has run.`,
        );
        return;
      }
      const markup = await drawFirstView(config, outDir);
      const html = readFileSync(indexPath, 'utf8');
      const root = '<div id="root"></div>';
      if (!html.includes(root))
        throw new Error('index.html has no empty <div id="root"></div> to draw into.');
      writeFileSync(
        indexPath,
        html.replace(root, `<div id="root"><div class="prerendered" inert>${markup}</div></div>`),
      );
    },
  };
}
