import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, type OpenPage } from './support/browser';

let open: OpenPage;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  open = await openPage(baseUrl);
  await open.page.goto(baseUrl);
  await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
});
afterAll(async () => {
  await open.close();
});

test('the built page carries a Content-Security-Policy that allows only its own origin', async () => {
  const policy = await open.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toMatch(/https?:/);
});

test("no request leaves the page's origin on any view", async () => {
  for (const view of ['local-authorities', 'characteristics', 'timeline', 'briefing', 'sql', 'trends']) {
    await open.page.goto(`${baseUrl}?view=${view}`);
    await open.page.waitForLoadState('networkidle');
  }
  expect(open.foreignRequests).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
});

test('a request to another origin is blocked by the policy', async () => {
  const outcome = await open.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const result = await fetch('https://example.com/steal').then(
      () => 'reached',
      () => 'blocked',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { result, violations };
  });
  expect(outcome.result).toBe('blocked');
  expect(outcome.violations).toContain('connect-src');
});

test('npm run preview sends the policy as a header, which also forbids framing the app', async () => {
  const response = await open.page.request.get(baseUrl);
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  // A page of another origin that frames the app gets an empty frame: Chromium refuses to render it.
  const framer = await open.context.newPage();
  await framer.setContent(`<iframe src="${baseUrl}"></iframe>`);
  const blocked = await framer.waitForEvent('console', {
    predicate: (message) => message.text().includes('frame-ancestors'),
    timeout: 30_000,
  });
  expect(blocked.text()).toContain("frame-ancestors 'none'");
  await framer.close();
});

test('the engine’s WebAssembly is served as application/wasm', async () => {
  const wasm = await open.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => name.endsWith('.wasm')),
  );
  if (!wasm) throw new Error('the page fetched no .wasm file');
  const response = await open.page.request.get(wasm);
  expect(response.headers()['content-type']).toBe('application/wasm');
});
