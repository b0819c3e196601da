import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../vite.config';

const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');
const hosting = readme.slice(readme.indexOf('## Hosting'));

test('the header policy is the page policy with framing forbidden', () => {
  expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
    `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  );
  // A <meta> policy cannot carry frame-ancestors; Chromium reports it as an error if it does.
  expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
});

test.each(['Netlify', 'nginx', 'Apache'])(
  'the README gives %s the same headers as npm run preview',
  (host) => {
    const section = hosting.slice(hosting.indexOf(host));
    const block = section.slice(section.indexOf('```'), section.indexOf('```', section.indexOf('```') + 3));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(block).toContain(name);
      expect(block).toContain(value);
    }
    expect(block).toMatch(/application\/wasm/);
  },
);
