/**
 * XSS paths: every payload pushed through one input or page-text path, each signal from the
 * tripwire gathered from the pages involved, the text checked where it is displayed, and the
 * path recorded for docs/RELIABILITY.md whether it passes or not.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ReliabilityRecorder } from '../../../support/reliability-output';
import type { Payload } from './payloads';
import type { Tripwire } from './tripwire';

export class XssPath {
  private readonly triedIds = new Set<number>();
  private readonly executed = new Set<string>();
  private readonly evidence: string[] = [];
  private readonly misshownList: string[] = [];

  constructor(
    readonly name: string,
    private readonly tripwire: Tripwire,
  ) {}

  /** Counts a payload as pushed through this path. */
  tried(payload: Payload): void {
    this.triedIds.add(payload.id);
  }

  /** Gathers what a page signalled so far: call before a page of the path closes or navigates. */
  async check(page: Page): Promise<void> {
    if (page.isClosed()) return;
    const signals = await this.tripwire.collect(page);
    for (const id of signals.ids) this.executed.add(id);
    this.evidence.push(...signals.evidence);
  }

  /** The text did not show as it was put in. */
  misshown(payload: Payload, problem: string): void {
    this.misshownList.push(`${payload.id} ${payload.name}: ${problem.slice(0, 300)}`);
  }

  /** Records the path, then fails when nothing was tried, anything ran, or text showed changed. */
  finish(recorder: ReliabilityRecorder): void {
    recorder.xssPath(
      { name: this.name, tried: this.triedIds.size, executed: this.executed.size },
      [...this.triedIds].map(String),
    );
    expect(this.triedIds.size, `${this.name}: no payload was tried`).toBeGreaterThan(0);
    expect(this.evidence, `${this.name}: payloads executed or became markup`).toEqual([]);
    expect(this.misshownList, `${this.name}: text not shown as entered`).toEqual([]);
  }
}

/** Runs paths together (one loop can feed several); each is recorded even when the loop fails. */
export async function runXssPaths(
  recorder: ReliabilityRecorder,
  paths: readonly XssPath[],
  body: () => Promise<void>,
): Promise<void> {
  let failure: unknown = null;
  try {
    await body();
  } catch (error) {
    failure = error;
  }
  const problems: unknown[] = [];
  for (const path of paths) {
    try {
      path.finish(recorder);
    } catch (error) {
      problems.push(error);
    }
  }
  if (failure !== null) throw failure;
  if (problems.length > 0) throw problems[0];
}
