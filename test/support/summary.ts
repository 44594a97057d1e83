/** Prints one closing line over every vitest run of `npm test`: "N passed, N failed". */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './extension-browser';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['unit', 'e2e', 'firefox']) {
  const path = join(ROOT, `test-output/${name}.json`);
  if (!existsSync(path)) {
    console.error(`missing ${path}: the ${name} tests did not report`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
