/** Debian's Chromium, driven by playwright-core; never a browser of Playwright's own download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features Playwright turns off (playwright-core's `chromiumSwitches.ts`). Chromium keeps only the last
 * `--disable-features` switch it is given, so a list of our own must repeat Playwright's, or it would turn them back
 * on; test/scripts/chromium.test.ts checks against the installed playwright-core that it still does.
 */
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser UI a headless page never shows. Chromium 156 draws the address bar's drop-down as a web page of its own
 * (chrome://omnibox-popup.top-chrome) and loads it in a renderer process of its own at every start: about 1.5 CPU-s of
 * a launch's 4.5 on this machine, measured per process. Turning it off changes nothing a page can see.
 */
export const UNUSED_BROWSER_UI_FEATURES: readonly string[] = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Headless, and quiet: no first-run pages, no network of its own beyond the page's, no browser UI's pages. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI_FEATURES].join(',')}`,
];
