/**
 * Policy counts over time (lib/account-health/policy-history.ts): the latest reading, each
 * change of a count, a count going up told apart, nothing lost past the limit or on import.
 */
import { describe, expect, it } from 'vitest';
import {
  mergePolicyHistories,
  NO_POLICY_HISTORY,
  nextPolicyHistory,
  POLICY_CHANGES_KEPT,
  type PolicyHistory,
  policyHistorySchema,
} from '@/lib/account-health/policy-history';

const T = Date.UTC(2026, 10, 2, 9);
const HOUR = 3_600_000;
const rows = (...counts: number[]) =>
  ['Suspected IP violations', 'Listing policy violations', 'Food and product safety'].map((name, i) => ({
    name,
    count: counts[i] ?? 0,
  }));

function apply(history: PolicyHistory, shown: ReturnType<typeof rows>, at: number) {
  const next = nextPolicyHistory(history, shown, at);
  if (!next) throw new Error('expected a write');
  return next;
}

describe('policy history', () => {
  it('keeps a first reading as the baseline, with no change and no rise', () => {
    const { history, rises } = apply(NO_POLICY_HISTORY, rows(0, 1, 0), T);
    expect(history.latest).toEqual({ at: T, rows: rows(0, 1, 0) });
    expect(history.changes).toEqual([]);
    expect(rises).toEqual([]);
    expect(policyHistorySchema.safeParse(history).success).toBe(true);
  });

  it('dates every count that changed and tells the ones that went up', () => {
    const first = apply(NO_POLICY_HISTORY, rows(0, 1, 3), T).history;
    const { history, rises } = apply(first, rows(2, 1, 1), T + HOUR);
    expect(history.changes).toEqual([
      { at: T + HOUR, name: 'Suspected IP violations', from: 0, to: 2 },
      { at: T + HOUR, name: 'Food and product safety', from: 3, to: 1 },
    ]);
    expect(rises).toEqual([{ name: 'Suspected IP violations', from: 0, to: 2 }]);
  });

  it('records a policy newly listed and one no longer listed, without calling either a rise', () => {
    const first = apply(NO_POLICY_HISTORY, rows(0, 1), T).history;
    const shown = [...rows(0, 1).slice(0, 2), { name: 'Regulatory compliance', count: 4 }];
    const { history, rises } = apply(first, shown, T + HOUR);
    expect(history.changes).toEqual([
      { at: T + HOUR, name: 'Regulatory compliance', from: null, to: 4 },
      { at: T + HOUR, name: 'Food and product safety', from: 0, to: null },
    ]);
    expect(rises).toEqual([]);
  });

  it('starts afresh when no name matches the last reading (the page changed language)', () => {
    const first = apply(NO_POLICY_HISTORY, rows(0, 1, 0), T).history;
    const german = [
      { name: 'Verdacht auf Verletzung geistigen Eigentums', count: 5 },
      { name: 'Verstöße gegen Angebotsrichtlinien', count: 1 },
    ];
    const { history, rises } = apply(first, german, T + HOUR);
    expect(history.latest?.rows).toEqual(german);
    expect(history.changes).toEqual([]);
    expect(rises).toEqual([]);
  });

  it('writes nothing for an empty list or a reading stamped before the latest (clock set back)', () => {
    const first = apply(NO_POLICY_HISTORY, rows(0, 1, 0), T).history;
    expect(nextPolicyHistory(first, [], T + HOUR)).toBeNull();
    expect(nextPolicyHistory(first, rows(9, 9, 9), T - HOUR)).toBeNull();
  });

  it('cleans what the page showed: whitespace, duplicates, impossible counts', () => {
    const { history } = apply(
      NO_POLICY_HISTORY,
      [
        { name: '  Listing\n policy  violations ', count: 1 },
        { name: 'Listing policy violations', count: 7 },
        { name: '', count: 1 },
        { name: 'Negative', count: -1 },
        { name: 'Fraction', count: 1.5 },
      ],
      T,
    );
    expect(history.latest?.rows).toEqual([{ name: 'Listing policy violations', count: 1 }]);
  });

  it('folds the oldest changes into a count past the limit, ten years of monthly changes included', () => {
    let history = apply(NO_POLICY_HISTORY, rows(0, 0, 0), T).history;
    const months = 12 * 10 * 3; // every policy changing every month for ten years, twice over
    for (let i = 1; i <= months; i++) history = apply(history, rows(i, i, i), T + i * HOUR).history;
    expect(history.changes).toHaveLength(POLICY_CHANGES_KEPT);
    expect(history.folded?.count).toBe(months * 3 - POLICY_CHANGES_KEPT);
    expect(history.changes.at(-1)?.to).toBe(months);
    expect(history.folded && history.folded.until <= (history.changes[0]?.at ?? 0)).toBe(true);
  });

  it("joins a backup's history: the later reading wins, every change is kept once, in order", () => {
    const here = apply(apply(NO_POLICY_HISTORY, rows(0), T).history, rows(1), T + HOUR).history;
    const there = apply(apply(NO_POLICY_HISTORY, rows(0), T).history, rows(3), T + 2 * HOUR).history;
    const merged = mergePolicyHistories(here, there);
    expect(merged.latest).toEqual(there.latest);
    expect(merged.changes.map((change) => change.to)).toEqual([1, 3]);
    expect(mergePolicyHistories(merged, merged)).toEqual(merged);
    expect(mergePolicyHistories(here, NO_POLICY_HISTORY)).toEqual(here);
  });

  it('keeps fields a newer version added', () => {
    const parsed = policyHistorySchema.parse({ latest: null, changes: [], addedLater: { x: 1 } });
    const { history } = apply(parsed, rows(1), T);
    expect((history as Record<string, unknown>).addedLater).toEqual({ x: 1 });
  });
});
