/**
 * `npm run reliability`, last step: runs the generated-input suite (test/vitest.reliability.config.ts)
 * with vitest's JSON reporter, then writes docs/RELIABILITY.md from that run's output files.
 *
 *   tsx test/reliability/report.ts              run the suite, write the report
 *   tsx test/reliability/report.ts --no-run     write the report from the outputs already there
 *   tsx test/reliability/report.ts --clean      start a run: delete earlier outputs, mark the start
 *   --require-all                               also fail when faults, payloads or accessibility were not measured
 *
 * Exits non-zero when any measured figure is not as required (a broken invariant, fewer than
 * 10,000 inputs, a fault not survived, a payload executed, a violation, data lost).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readScores, withMutationSection } from '../mutation/scores';
import { environment } from './report/environment';
import {
  A11Y_FILE,
  a11yFileSchema,
  FAULTS_FILE,
  faultsFileSchema,
  OUTPUT_DIR,
  RUN_MARKER,
  readCounts,
  readMeasured,
  readVitest,
  VITEST_JSON,
  XSS_FILE,
  xssFileSchema,
} from './report/inputs';
import { render } from './report/render';
import { COUNTS_DIR, COUNTS_FILE, ROOT } from './support/counts';

const REPORT = join(ROOT, 'docs/RELIABILITY.md');
const args = new Set(process.argv.slice(2));

function clean(): void {
  for (const file of [COUNTS_FILE, VITEST_JSON, FAULTS_FILE, XSS_FILE, A11Y_FILE]) rmSync(file, { force: true });
  rmSync(COUNTS_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(RUN_MARKER, `${JSON.stringify({ startedAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`reliability run started: earlier outputs removed, start marked in ${RUN_MARKER.slice(ROOT.length + 1)}`);
}

function runSuite(): number {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
  const result = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      'test/vitest.reliability.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_JSON.slice(ROOT.length + 1)}`,
    ],
    { cwd: ROOT, stdio: 'inherit', env: process.env },
  );
  return result.status ?? 1;
}

function main(): void {
  if (args.has('--clean')) {
    clean();
    return;
  }
  const vitestExit = args.has('--no-run') ? null : runSuite();
  const verdict = render({
    env: environment(new Date()),
    counts: readCounts(),
    vitest: readVitest(),
    vitestExit,
    faults: readMeasured(FAULTS_FILE, faultsFileSchema),
    xss: readMeasured(XSS_FILE, xssFileSchema),
    a11y: readMeasured(A11Y_FILE, a11yFileSchema),
  });
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  // The mutation section comes from `npm run mutation`'s own last run (test/mutation/scores.json).
  writeFileSync(REPORT, withMutationSection(verdict.markdown, readScores()));
  console.log(`\nwrote ${REPORT.slice(ROOT.length + 1)}`);
  for (const section of verdict.unmeasured) console.log(`  not measured in this run: ${section}`);
  for (const problem of verdict.problems) console.error(`  FAIL ${problem}`);
  const missing = args.has('--require-all') && verdict.unmeasured.length > 0;
  if (missing) console.error('  FAIL --require-all: some sections were not measured');
  process.exitCode = verdict.problems.length > 0 || missing ? 1 : 0;
}

main();
