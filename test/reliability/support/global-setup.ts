/**
 * Clears the per-property count files before the run and joins them into
 * test-output/reliability-counts.json after it, so every count in the report comes from this run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COUNTS_DIR, COUNTS_FILE, type CountsFile, type PropertyRecord } from './counts';
import { RELIABILITY_RUNS } from './runs';
import { SUBJECT_IDS } from './subjects';

export default function setup(): () => void {
  rmSync(COUNTS_DIR, { recursive: true, force: true });
  rmSync(COUNTS_FILE, { force: true });
  return () => {
    const properties: PropertyRecord[] = existsSync(COUNTS_DIR)
      ? readdirSync(COUNTS_DIR)
          .filter((name) => name.endsWith('.json'))
          .map((name) => JSON.parse(readFileSync(join(COUNTS_DIR, name), 'utf8')) as PropertyRecord)
      : [];
    properties.sort(
      (a, b) => SUBJECT_IDS.indexOf(a.subject) - SUBJECT_IDS.indexOf(b.subject) || (a.invariant < b.invariant ? -1 : 1),
    );
    const counts: CountsFile = { generatedAt: new Date().toISOString(), runsPerProperty: RELIABILITY_RUNS, properties };
    mkdirSync(dirname(COUNTS_FILE), { recursive: true });
    writeFileSync(COUNTS_FILE, `${JSON.stringify(counts, null, 2)}\n`);
  };
}
