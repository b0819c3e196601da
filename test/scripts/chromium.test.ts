import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  CHROMIUM_FLAGS,
  PLAYWRIGHT_DISABLED_FEATURES,
  UNUSED_BROWSER_UI_FEATURES,
} from '../../scripts/chromium';

/** The `disabledFeatures` list in the installed playwright-core's own source (bundled since 1.5x, a file before). */
function playwrightDisabledFeatures(): string[] {
  const root = path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const file = ['lib/coreBundle.js', 'lib/server/chromium/chromiumSwitches.js']
    .map((candidate) => path.join(root, candidate))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`No chromiumSwitches in ${root}: say where playwright-core keeps it now.`);
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(readFileSync(file, 'utf8'))?.[1];
  if (list === undefined) throw new Error(`No disabledFeatures list in ${file}.`);
  const code = list.replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/["']([^"']+)["']/g)].map((match) => match[1] ?? '');
}

test("Chromium is given one --disable-features: Playwright's list and ours", () => {
  const switches = CHROMIUM_FLAGS.filter((flag) => flag.startsWith('--disable-features='));
  expect(switches).toHaveLength(1);
  const features = (switches[0] ?? '').slice('--disable-features='.length).split(',');
  expect(features).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI_FEATURES]);
});

test('every feature Playwright turns off stays off (Chromium keeps only the last --disable-features)', () => {
  const playwright = playwrightDisabledFeatures();
  expect(playwright.length).toBeGreaterThan(5);
  expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwright));
});
