/**
 * `npm test`'s checks before the tests: the type check, ESLint, Prettier and the structure script, run at once. Each
 * is one single-threaded process of 2 to 30 s of CPU, so one after another they left a core idle on the 2-core
 * machine; at once they take about half as long. Each one's output is printed whole when it ends (never interleaved
 * with another's), and the run fails if any of them fails.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Check {
  name: string;
  command: string;
  args: readonly string[];
}

export interface CheckResult {
  name: string;
  ok: boolean;
  output: string;
}

const bin = (tool: string) => path.join('node_modules', '.bin', tool);

export const CHECKS: readonly Check[] = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'structure', command: bin('tsx'), args: ['scripts/structure.ts', '--strict'] },
];

/** Runs one check, keeping its output (stdout and stderr in the order written) for printing in one piece. */
export function runCheck(check: Check, cwd: string): Promise<CheckResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(check.command, check.args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      resolve({ name: check.name, ok: code === 0, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Runs every check at once; `onEnd` hears each as it ends. True when all passed. */
export async function runChecks(
  checks: readonly Check[],
  cwd: string,
  onEnd: (result: CheckResult) => void,
): Promise<boolean> {
  const results = await Promise.all(
    checks.map(async (check) => {
      const result = await runCheck(check, cwd);
      onEnd(result);
      return result;
    }),
  );
  return results.every((result) => result.ok);
}

/** The block printed for one ended check: its name and verdict, then what it wrote. */
export function report(result: CheckResult): string {
  const head = `${result.ok ? 'passed' : 'FAILED'}: ${result.name}`;
  const body = result.output.trimEnd();
  return body ? `${head}\n${body}\n` : `${head}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(import.meta.dirname, '..');
  const ok = await runChecks(CHECKS, root, (result) => process.stdout.write(report(result)));
  process.exit(ok ? 0 : 1);
}
