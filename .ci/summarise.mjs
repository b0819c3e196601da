// Prints vitest's counts as the plain line CI reads. A failure before vitest ran (type check, lint) counts as one.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
const reportPath = '.tmp/vitest-report.json';
if (!existsSync(reportPath)) {
  console.log(`0 passed, ${status === 0 ? 0 : 1} failed`);
} else {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
