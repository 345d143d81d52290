import { writeFileSync } from 'node:fs';

// web-test-runner reporter that counts every test in every browser session and writes
// {"passed":N,"failed":N,"skipped":N} to the file named by EGOV_WTR_COUNTS. A test file that
// fails to load, or fails outside any test, counts as one failed test. Used by scripts/test.mjs.
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        const before = counts.failed + counts.passed;
        if (session.testResults) walk(session.testResults);
        const loadFailed = (session.errors?.length ?? 0) > 0 || session.status !== 'FINISHED';
        if (loadFailed || (counts.failed + counts.passed === before && !session.passed)) counts.failed++;
      }
      if (process.env.EGOV_WTR_COUNTS) writeFileSync(process.env.EGOV_WTR_COUNTS, JSON.stringify(counts));
    },
  };
}
