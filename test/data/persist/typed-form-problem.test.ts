import { expect, test } from 'vitest';
import { typedFormProblem, typedFormReRead } from '../../../src/data/persist/typed-form-problem';

const named = (name: string) => Object.assign(new Error('storage said no'), { name });

test('a full storage says so, keeps the file, and says what makes room', () => {
  const message = typedFormProblem('rates.csv', named('QuotaExceededError'));
  expect(message).toMatch(
    /^rates\.csv is loaded and kept, but .* could not also keep it ready to open quickly: /,
  );
  expect(message).toContain('the space this browser gives the site is full');
  expect(message).toContain('Remove added files you no longer need');
});

test('a storage that refuses outright is told apart from a full one', () => {
  for (const name of ['InvalidStateError', 'SecurityError', 'UnknownError']) {
    const message = typedFormProblem('rates.csv', named(name));
    expect(message).toContain('the browser refused to store it (a private window, or site data turned off)');
    expect(message).not.toContain('is full');
  }
});

test('any other failure names its own message, and a thrown non-error is shown as text', () => {
  expect(typedFormProblem('rates.csv', new Error('disk on fire'))).toContain('(disk on fire)');
  expect(typedFormProblem('rates.csv', 'odd')).toContain('(odd)');
});

test('a re-read names the file and the reason', () => {
  expect(typedFormReRead('rates.csv', 'its stored form could not be read')).toBe(
    'rates.csv was read again from the kept file, because its stored form could not be read. This took longer than usual; it is kept ready to open quickly for next time.',
  );
});
