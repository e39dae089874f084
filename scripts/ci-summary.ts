// Prints the closing line of a test run, "N passed, M failed", from vitest's JSON report.
// When a gate step before the tests failed (format, lint, types, build), there is no report: that counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', statusArg = '0'] = process.argv.slice(2);
const status = Number(statusArg);

if (!existsSync(reportPath)) {
  console.log(`No test report at ${reportPath}: a step of \`npm test\` before the tests failed (exit ${status}).`);
  console.log('0 passed, 1 failed');
  process.exit(0);
}
interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numFailedTestSuites?: number;
  numPendingTests?: number;
  numTodoTests?: number;
}
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestReport;
const passed = report.numPassedTests ?? 0;
// Failed tests; a file that failed outside any test (an error in a hook) counts once more.
let failed = report.numFailedTests ?? 0;
if (failed === 0 && (report.numFailedTestSuites ?? 0) > 0) failed = report.numFailedTestSuites ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
// A non-zero exit with every test green (e.g. a crash after the run) must not read as a clean run.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
