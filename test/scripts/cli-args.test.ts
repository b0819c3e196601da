import { expect, test } from 'vitest';
import { parseArgs } from '../../scripts/build-data/cli-args';

test.each([
  { argv: [], paths: { from: '/shared/data/dfe', out: '/repo/data' } },
  { argv: ['--from', 'in'], paths: { from: '/cwd/in', out: '/repo/data' } },
  { argv: ['--out', '/elsewhere/x', '--from', '/d'], paths: { from: '/d', out: '/elsewhere/x' } },
  { argv: ['--from=in', '--out=a=b'], paths: { from: '/cwd/in', out: '/cwd/a=b' } },
])('$argv', ({ argv, paths }) => {
  expect(parseArgs(argv, '/cwd', '/repo')).toEqual(paths);
});

test.each([
  { argv: ['--form', 'x'], message: 'unknown argument "--form"' },
  { argv: ['--out'], message: '--out needs a folder' },
  { argv: ['data'], message: 'unknown argument "data"' },
])('$message', ({ argv, message }) => {
  expect(() => parseArgs(argv, '/cwd', '/repo')).toThrow(message);
});
