import { expect, test } from 'vitest';
import { storageProblem } from '../../../src/data/persist/storage-problem';

test.each([
  {
    name: 'a full quota',
    error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    says: [
      'x.csv is loaded, but this browser could not keep a copy for next time',
      'is full',
      'Remove added files',
    ],
  },
  {
    name: 'storage refused (private window)',
    error: new DOMException('The user denied permission.', 'SecurityError'),
    says: ['does not let this page store files', 'Add the file again after a reload'],
  },
  {
    name: 'anything else keeps the browser’s words',
    error: new Error('disk on fire'),
    says: ['(disk on fire)', 'Add the file again after a reload'],
  },
])('$name', ({ error, says }) => {
  const message = storageProblem('x.csv', error);
  for (const text of says) expect(message).toContain(text);
});
