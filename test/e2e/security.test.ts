import { beforeAll, expect, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showUrl } from './support/show-url';
import { viewSettled } from './support/view-settled';

const open = pageForFile({ startAt: '' });
beforeAll(async () => {
  await open.page.waitForSelector('[data-chart][data-state="ready"]');
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
  // The page loaded once (beforeAll, every start-up request made); each view is then drawn on it, as the app's own
  // links draw it, and left only once it has drawn everything and nothing is loading.
  for (const view of ['local-authorities', 'characteristics', 'timeline', 'briefing', 'sql', 'trends']) {
    await showUrl(open.page, `?view=${view}`);
    await viewSettled(open.page, view);
  }
  expect(open.foreignRequests).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
});

test('a link naming a view the app does not have says so, names the views, and shows the first', async () => {
  await showUrl(open.page, '?view=la');
  const note = open.page.getByTestId('unknown-view');
  await expect.poll(() => note.textContent()).toContain('(“la”) the app does not have, so Trends is shown');
  expect(await note.textContent()).toContain('Local authorities (local-authorities)');
  expect(await open.page.title()).toBe('Trends · Attendance Lens');
  // The view's own id, as the app's links write it, opens without the note.
  await showUrl(open.page, '?view=local-authorities');
  await expect.poll(() => note.count()).toBe(0);
  await showUrl(open.page, '');
});

test('a request to another origin is blocked by the policy', async () => {
  const outcome = await open.page.evaluate(async () => {
    // The report comes as an event after the fetch fails: waited for, not given a fixed time to arrive.
    const violations: string[] = [];
    const reported = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.effectiveDirective);
        if (event.effectiveDirective === 'connect-src') resolve();
      }),
    );
    const result = await fetch('https://example.com/steal').then(
      () => 'reached',
      () => 'blocked',
    );
    if (result === 'blocked') await reported;
    return { result, violations };
  });
  expect(outcome.result).toBe('blocked');
  expect(outcome.violations).toContain('connect-src');
});
