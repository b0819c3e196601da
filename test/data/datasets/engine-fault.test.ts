import { expect, test } from 'vitest';
import { EngineFault, isEngineFault } from '../../../src/data/datasets/engine-fault';
import { QueryError } from '../../../src/data/query-error';

const trap = Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });

test.each([
  { case: 'a wasm trap', error: trap, fault: true },
  {
    case: 'a trap wrapped in the query error',
    error: new QueryError('memory access out of bounds', 'SELECT 1', trap),
    fault: true,
  },
  {
    case: 'DuckDB out of memory',
    error: new Error('Out of Memory Error: failed to allocate data of size 2.0 GiB'),
    fault: true,
  },
  {
    case: 'a wasm unreachable',
    error: Object.assign(new Error('unreachable'), { name: 'RuntimeError' }),
    fault: true,
  },
  {
    case: 'Emscripten abort',
    error: new Error('Aborted(). Build with -sASSERTIONS for more info.'),
    fault: true,
  },
  {
    case: 'the engine stopped answering',
    error: new EngineFault('The data engine did not answer for 300 seconds.'),
    fault: true,
  },
  {
    case: 'a missing table',
    error: new Error('Catalog Error: Table with name ds_u9 does not exist!'),
    fault: false,
  },
  { case: 'a CSV error', error: new Error('Invalid Input Error: CSV Error on Line: 3'), fault: false },
  {
    case: 'an expression too deep',
    error: new Error('Binder Error: Max expression depth limit of 1000 exceeded'),
    fault: false,
  },
  {
    case: 'a cancelled load',
    error: new DOMException('The operation was aborted.', 'AbortError'),
    fault: false,
  },
  { case: 'a string', error: 'memory access out of bounds', fault: true },
])('$case: fault $fault', ({ error, fault }) => {
  expect(isEngineFault(error)).toBe(fault);
});
