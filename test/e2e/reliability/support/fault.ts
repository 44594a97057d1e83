/**
 * One injected fault as a row of docs/RELIABILITY.md: the test counts each injection as it
 * happens and the records it finds missing or changed afterwards; the row is recorded whether
 * the test passes or fails (then `passed: false`), and the failure still fails the test.
 */
import type { ReliabilityRecorder } from '../../../support/reliability-output';

export interface FaultProbe {
  /** Counts injections (a refused write, a stopped worker, a corrupted item). */
  injected(count?: number): void;
  /** Counts records that were gone or changed afterwards. */
  lost(count: number): void;
  note(detail: string): void;
}

export async function runFault(
  recorder: ReliabilityRecorder,
  name: string,
  body: (probe: FaultProbe) => Promise<void>,
): Promise<void> {
  let injected = 0;
  let dataLost = 0;
  const details: string[] = [];
  const probe: FaultProbe = {
    injected: (count = 1) => {
      injected += count;
    },
    lost: (count) => {
      dataLost += count;
    },
    note: (detail) => {
      details.push(detail);
    },
  };
  let failure: unknown = null;
  try {
    await body(probe);
  } catch (error) {
    failure = error;
    details.push(`failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  recorder.fault({
    name,
    injected,
    passed: failure === null && dataLost === 0 && injected > 0,
    dataLost,
    ...(details.length > 0 ? { detail: details.join('; ') } : {}),
  });
  if (failure !== null) throw failure;
  if (injected === 0) throw new Error(`${name}: no fault was injected`);
  if (dataLost > 0) throw new Error(`${name}: ${dataLost} record(s) lost`);
}
