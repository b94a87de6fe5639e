// Adds up the JSON reports vitest wrote in every package (see tooling/vitest) into one
// closing line, and fails when a package that has tests wrote no report.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ['apps', 'packages', 'tooling']) {
  for (const name of readdirSync(group)) {
    const dir = join(group, name);
    const pkgFile = join(dir, 'package.json');
    if (!existsSync(pkgFile) || !JSON.parse(readFileSync(pkgFile, 'utf8')).scripts?.test) continue;
    // vitest.json for the unit and database tests; a package may write others (e2e.json).
    const results = join(dir, 'test-results');
    const reports = existsSync(results)
      ? readdirSync(results).filter((f) => f.endsWith('.json'))
      : [];
    if (!reports.includes('vitest.json')) {
      missing.push(dir);
      continue;
    }
    for (const file of reports.sort()) {
      const result = JSON.parse(readFileSync(join(results, file), 'utf8'));
      if (typeof result.numPassedTests !== 'number') continue; // not a test report
      passed += result.numPassedTests;
      failed += result.numFailedTests;
      skipped += result.numPendingTests + result.numTodoTests;
      console.log(
        `${dir} (${file}): ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped`,
      );
    }
  }
}
if (missing.length) console.log(`no test report from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
