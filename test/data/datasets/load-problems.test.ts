import { expect, test } from 'vitest';
import {
  notLoadedProblem,
  notLoadedReason,
  problemFrom,
  problemsReducer,
  type LoadProblem,
} from '../../../src/data/datasets/load-problems';
import { faultDetail, notLoadedMessage } from '../../../src/data/datasets/not-loaded-words';
import { LoadError } from '../../../src/data/load/load-error';

const trap = Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
const user = { key: 'u1', fileName: 'a.csv', origin: 'user' as const };

test('a load error keeps its line and column; any other error is said with what to do', () => {
  const error = new LoadError('a.csv', 'not a number.', 'Fix it.', 3, 'rate');
  expect(problemFrom('k', 'a.csv', error)).toMatchObject({
    key: 'k',
    fileName: 'a.csv',
    line: 3,
    column: 'rate',
  });
  expect(problemFrom('k', 'a.csv', new Error('Boom.')).message).toMatch(
    /^a\.csv: .*Boom.* Try again, or reload the page\.$/,
  );
});

test.each([
  {
    case: 'cancelled',
    outcome: { kind: 'cancelled' as const },
    origin: 'user' as const,
    message: /cancelled/i,
  },
  {
    case: 'failed',
    outcome: { kind: 'failed' as const, error: new Error('Boom.') },
    origin: 'user' as const,
    message: /Boom/,
  },
  {
    case: "a user's file's fault",
    outcome: { kind: 'fault' as const, error: trap },
    origin: 'user' as const,
    message: /engine stopped while loading this file/,
  },
  {
    case: "a default file's fault (loaded again)",
    outcome: { kind: 'fault' as const, error: trap },
    origin: 'default' as const,
    message: null,
  },
])('what a load that did not finish says: $case', ({ outcome, origin, message }) => {
  const problem = notLoadedProblem({ ...user, origin }, outcome);
  if (message === null) expect(problem).toBeNull();
  else expect(problem?.message).toMatch(message);
});

test('a kept file not loaded is listed with its reason, in the words the panel shows', () => {
  const fault = notLoadedReason(user, { kind: 'fault', error: trap });
  expect(fault).toEqual({ kind: 'fault', detail: 'memory access out of bounds' });
  expect(notLoadedMessage(fault)).toMatch(
    /^The data engine stopped while this file was loading \(memory access out of bounds\)\..*still kept/,
  );
  expect(notLoadedReason(user, { kind: 'cancelled' })).toEqual({ kind: 'cancelled' });
  expect(notLoadedReason(user, { kind: 'failed', error: new Error('Boom.') })).toMatchObject({
    kind: 'problem',
  });
  expect(notLoadedMessage({ kind: 'held-back', faults: 2 })).toMatch(/each of the last 2 tries/);
  expect(notLoadedMessage({ kind: 'left-out' })).toMatch(/without your added files/);
  expect(faultDetail(new Error('Out of Memory Error: failed'))).toBe(
    'it ran out of memory in this browser tab',
  );
  expect(faultDetail(new Error('', { cause: new Error('inner words.\nmore') }))).toBe('inner words');
});

test('problems change only by the reducer: found, dismissed, or cleared when the file is loaded again', () => {
  const a: LoadProblem = { key: 'p1', fileName: 'a.csv', message: 'a' };
  const b: LoadProblem = { key: 'p2', fileName: 'b.csv', message: 'b' };
  const both = problemsReducer(problemsReducer([], { type: 'found', problem: a }), {
    type: 'found',
    problem: b,
  });
  expect(both).toEqual([a, b]);
  expect(problemsReducer(both, { type: 'dismissed', key: 'p1' })).toEqual([b]);
  expect(problemsReducer(both, { type: 'retried', fileName: 'b.csv' })).toEqual([a]);
});
