/**
 * Runs one fast-check property with the suite's run count, records exactly how many inputs it
 * tried (and whether it failed) for the report, then fails the test with fast-check's own report.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { writePropertyRecord } from './counts';
import { RELIABILITY_RUNS, RELIABILITY_SEED } from './runs';
import type { Subject } from './subjects';

export interface PropertyMeta {
  readonly subject: Subject;
  readonly invariant: string;
  /** A failure would mean lost data (a case, a stored value): the report adds it to "Data lost". */
  readonly noLoss?: boolean;
}

export async function checkProperty<Ts>(
  meta: PropertyMeta,
  property: fc.IRawProperty<Ts, boolean>,
  params: fc.Parameters<Ts> = {},
): Promise<void> {
  const started = performance.now();
  const details = await fc.check(property, {
    numRuns: RELIABILITY_RUNS,
    ...(RELIABILITY_SEED !== undefined ? { seed: RELIABILITY_SEED } : {}),
    ...params,
  });
  const durationMs = Math.round(performance.now() - started);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : null;
  const message = details.failed
    ? `${fc.defaultReportMessage(details)}\n\nGot error: ${cause ?? String(details.errorInstance)}`
    : null;
  writePropertyRecord({
    subject: meta.subject,
    test: expect.getState().currentTestName ?? '',
    invariant: meta.invariant,
    noLoss: meta.noLoss ?? false,
    runs: details.numRuns,
    skipped: details.numSkips,
    failed: details.failed,
    durationMs,
    seed: details.seed,
    counterexample: details.counterexample ? fc.stringify(details.counterexample).slice(0, 2000) : null,
    error: cause?.slice(0, 2000) ?? null,
  });
  if (message) throw new Error(message);
  if (details.numRuns < RELIABILITY_RUNS) {
    throw new Error(`${meta.invariant}: only ${details.numRuns} of ${RELIABILITY_RUNS} inputs ran`);
  }
}
