import { expect, test } from 'vitest';
import {
  loadsAtStart,
  notLoaded,
  storedBytes,
  storedFilesReducer,
  totalStoredBytes,
  type StoredFile,
  type StoredFileAction,
} from '../../../src/data/datasets/stored-files';

const listed = (loadFaults: number): StoredFileAction => ({
  type: 'listed',
  files: [{ id: 'u2', title: 'y.csv', name: 'y.csv', loadFaults, bytes: 1000 }],
});
const fault: StoredFileAction = { type: 'not-loaded', id: 'u2', reason: { kind: 'fault', detail: 'trap' } };
const cancelled: StoredFileAction = { type: 'not-loaded', id: 'u2', reason: { kind: 'cancelled' } };
const problem: StoredFileAction = {
  type: 'not-loaded',
  id: 'u2',
  reason: { kind: 'problem', detail: 'bad' },
};
const loaded: StoredFileAction = { type: 'loaded', id: 'u2' };
const coming: StoredFileAction = { type: 'coming', id: 'u2' };

function after(actions: readonly StoredFileAction[]): StoredFile | undefined {
  return actions.reduce<readonly StoredFile[] | null>(storedFilesReducer, null)?.find((f) => f.id === 'u2');
}

test.each([
  { case: 'listed with no faults', actions: [listed(0)], status: 'coming', faults: 0 },
  { case: 'listed after one fault', actions: [listed(1)], status: 'coming', faults: 1 },
  { case: 'listed after two faults in a row', actions: [listed(2)], status: 'held-back', faults: 2 },
  { case: 'a fault', actions: [listed(0), fault], status: 'fault', faults: 1 },
  { case: 'a second fault in a row', actions: [listed(1), fault], status: 'fault', faults: 2 },
  { case: 'a Cancel', actions: [listed(1), cancelled], status: 'cancelled', faults: 1 },
  { case: 'a problem of its own', actions: [listed(1), problem], status: 'problem', faults: 1 },
  { case: 'a load that went well', actions: [listed(1), loaded], status: 'loaded', faults: 0 },
  { case: 'Load again after being held back', actions: [listed(2), coming], status: 'coming', faults: 2 },
  {
    case: 'fault, load, fault',
    actions: [listed(0), fault, coming, loaded, fault],
    status: 'fault',
    faults: 1,
  },
])('$case: $status, $faults faults in a row', ({ actions, status, faults }) => {
  const file = after(actions);
  const kind = file?.status.kind === 'not-loaded' ? file.status.reason.kind : file?.status.kind;
  expect([kind, file?.loadFaults]).toEqual([status, faults]);
});

test.each([
  { case: 'a fault', action: fault },
  { case: 'a Cancel', action: cancelled },
  { case: 'a problem', action: problem },
])('$case leaves the file listed, among those not loaded', ({ action }) => {
  const files = [listed(0), action].reduce<readonly StoredFile[] | null>(storedFilesReducer, null);
  expect(files?.map((f) => f.id)).toEqual(['u2']);
  expect(notLoaded(files).map((f) => f.id)).toEqual(['u2']);
});

test('only Remove takes a file off the list; a file added on this visit is listed once kept', () => {
  const actions: StoredFileAction[] = [
    listed(0),
    { type: 'kept', id: 'u3', title: 'z.csv', fileName: 'z.csv', bytes: 500 },
    { type: 'removed', id: 'u2' },
  ];
  const files = actions.reduce<readonly StoredFile[] | null>(storedFilesReducer, null);
  expect(files).toEqual([
    {
      id: 'u3',
      title: 'z.csv',
      fileName: 'z.csv',
      loadFaults: 0,
      status: { kind: 'loaded' },
      bytes: 500,
      typedBytes: 0,
    },
  ]);
});

// Issue #24 point 3: the storage each kept file takes is shown, and the total.
test('storage: each file’s original and typed form, and the total, follow what is kept and removed', () => {
  const steps: [StoredFileAction, number, number][] = [
    [listed(0), 1000, 1000],
    [{ type: 'typed-kept', id: 'u2', bytes: 200 }, 1200, 1200],
    [{ type: 'kept', id: 'u3', title: 'z.csv', fileName: 'z.csv', bytes: 500 }, 1200, 1700],
    [{ type: 'typed-kept', id: 'u3', bytes: 50 }, 1200, 1750],
    // A typed form storage refused, or deleted: the original alone.
    [{ type: 'typed-kept', id: 'u2', bytes: 0 }, 1000, 1550],
    [{ type: 'removed', id: 'u2' }, 0, 550],
  ];
  let files: readonly StoredFile[] | null = null;
  for (const [action, u2, total] of steps) {
    files = storedFilesReducer(files, action);
    const file = files?.find((f) => f.id === 'u2');
    expect([file ? storedBytes(file) : 0, totalStoredBytes(files)]).toEqual([u2, total]);
  }
  expect(totalStoredBytes(null)).toBe(0);
});

test.each([
  { loadFaults: 0, loads: true },
  { loadFaults: 1, loads: true },
  { loadFaults: 2, loads: false },
  { loadFaults: 5, loads: false },
])('start-up loads a file after $loadFaults faults in a row: $loads', ({ loadFaults, loads }) => {
  expect(loadsAtStart({ loadFaults })).toBe(loads);
});
