import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { LoadProgress } from '../../src/ui/load-progress';

// Issue #29: a 150.6 MB file's progress read "of 144 MB" (mebibytes) while every limit was in decimal megabytes.
test('progress states sizes in the same decimal megabytes as the limits', () => {
  const html = renderToStaticMarkup(
    <LoadProgress
      items={[{ key: 'a', fileName: 'big.csv', bytes: 150_600_000, bytesRead: 16_000_000, startedAt: 0 }]}
    />,
  );
  expect(html).toContain('Loading big.csv: 16 MB of 150.6 MB');
});

test('a load with no bytes to count (a default attached whole) gives no sizes, and an indeterminate bar', () => {
  const html = renderToStaticMarkup(
    <LoadProgress
      items={[{ key: 'a', fileName: 'annual_absence.csv', bytes: 0, bytesRead: 0, startedAt: 0 }]}
    />,
  );
  expect(html).toContain('Loading annual_absence.csv —');
  expect(html).not.toContain('MB');
  expect(html).not.toMatch(/<progress[^>]*value=/);
});
