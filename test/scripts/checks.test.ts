import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CHECKS, report, runChecks, type CheckResult } from '../../scripts/checks';

const node = (name: string, code: string) => ({ name, command: process.execPath, args: ['-e', code] });

test('checks run at once: each output is kept whole, and one failure fails the run', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'checks-'));
  const signal = path.join(dir, 'second-started');
  const ended: CheckResult[] = [];
  try {
    const ok = await runChecks(
      [
        // The first ends only once the second has started: one after another, the run would never end.
        node(
          'waits',
          `const fs = require('node:fs'); const wait = () => fs.existsSync(${JSON.stringify(signal)}) ? (console.log('out'), console.error('err')) : setTimeout(wait, 20); wait();`,
        ),
        node(
          'fails',
          `require('node:fs').writeFileSync(${JSON.stringify(signal)}, ''); console.log('bad line'); process.exit(2)`,
        ),
      ],
      process.cwd(),
      (result) => ended.push(result),
    );
    expect(ok).toBe(false);
    const byName = Object.fromEntries(ended.map((result) => [result.name, result]));
    expect(byName.fails).toEqual({ name: 'fails', ok: false, output: 'bad line\n' });
    expect(byName.waits).toEqual({ name: 'waits', ok: true, output: 'out\nerr\n' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a run passes when every check passes; a command that cannot start fails', async () => {
  expect(await runChecks([node('a', ''), node('b', '')], process.cwd(), () => {})).toBe(true);
  const missing = { name: 'missing', command: 'no-such-command-here', args: [] };
  expect(await runChecks([node('a', ''), missing], process.cwd(), () => {})).toBe(false);
});

test('the report names the check and its verdict above its output', () => {
  expect(report({ name: 'eslint', ok: false, output: 'x.ts\n  1:1 error\n\n' })).toBe(
    'FAILED: eslint\nx.ts\n  1:1 error\n',
  );
  expect(report({ name: 'prettier', ok: true, output: '' })).toBe('passed: prettier\n');
});

test('npm test keeps every check it ran one after another', () => {
  expect(CHECKS.map((check) => [check.name, check.args.join(' ')])).toEqual([
    ['typecheck', '--noEmit'],
    ['eslint', '.'],
    ['prettier', '--check .'],
    ['structure', 'scripts/structure.ts --strict'],
  ]);
});
