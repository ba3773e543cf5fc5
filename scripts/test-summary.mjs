// Prints one closing line for the whole `npm test`: "N passed, N failed" over the unit and
// browser suites, read from the JSON reports Vitest wrote next to its usual output.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['.test-results/unit.json', '.test-results/e2e.json'];
let passed = 0;
let failed = 0;
for (const file of reports) {
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing (did that suite run?)`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
