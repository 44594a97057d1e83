/**
 * Where each property writes how many inputs it tried. One file per property (test files run in
 * parallel workers, so no file is shared); the global setup's teardown joins them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Subject } from './subjects';

// A string, not a URL object: under happy-dom the global URL is not Node's.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const COUNTS_DIR = join(ROOT, 'test-output/reliability-counts');
export const COUNTS_FILE = join(ROOT, 'test-output/reliability-counts.json');

export interface PropertyRecord {
  readonly subject: Subject;
  /** The vitest test that ran it ("describe > test"), to match the run's JSON report. */
  readonly test: string;
  /** The invariant, in one sentence. */
  readonly invariant: string;
  /** True when a failure would mean the seller's data is lost (counted under "Data lost"). */
  readonly noLoss: boolean;
  /** Generated inputs the property ran on (fast-check's numRuns for this check). */
  readonly runs: number;
  /** Inputs a precondition rejected (not counted in runs). */
  readonly skipped: number;
  readonly failed: boolean;
  readonly durationMs: number;
  /** Replays the run: RELIABILITY_SEED=<seed>. */
  readonly seed: number;
  readonly counterexample: string | null;
  readonly error: string | null;
}

export interface CountsFile {
  readonly generatedAt: string;
  readonly runsPerProperty: number;
  readonly properties: readonly PropertyRecord[];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

export function writePropertyRecord(record: PropertyRecord): void {
  mkdirSync(COUNTS_DIR, { recursive: true });
  writeFileSync(join(COUNTS_DIR, `${record.subject}--${slug(record.invariant)}.json`), JSON.stringify(record, null, 2));
}
