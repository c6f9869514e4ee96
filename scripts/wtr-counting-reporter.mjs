// Writes how many browser tests passed and failed to a file, for scripts/test.mjs's summary line.
import { writeFileSync } from 'node:fs';

function count(results, acc) {
  if (!results) return acc;
  for (const t of results.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of results.suites ?? []) count(s, acc);
  return acc;
}

export function countingReporter(file = process.env.WTR_COUNT_FILE) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(acc));
    },
  };
}
