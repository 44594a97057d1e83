/**
 * One marketplace's policy-compliance counts over time (issue #18). The Account Health page lists
 * each policy with the number of violations against it ("Suspected intellectual property
 * violations: 2"); kept are the latest reading and every change of a count since, dated. Past
 * POLICY_CHANGES_KEPT the oldest changes are folded into a count: never dropped without a trace.
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import { joinFolded } from './folded';

/** A list this long on one page is not the policy list. */
export const POLICY_ROWS_MAX = 40;
export const POLICY_NAME_MAX = 160;
/** Ten years of monthly changes to every policy fit; older ones become a count. */
export const POLICY_CHANGES_KEPT = 500;

const countSchema = z.int().check(z.minimum(0));

export const policyRowSchema = keepUnknown({
  /** As the page wrote it, in the page's language. */
  name: z.string().check(z.minLength(1), z.maxLength(POLICY_NAME_MAX)),
  count: countSchema,
});
export type PolicyRow = z.infer<typeof policyRowSchema>;

export const policyChangeSchema = keepUnknown({
  at: z.number(),
  name: z.string(),
  /** null: the policy was not listed before. */
  from: z.nullable(countSchema),
  /** null: the policy is no longer listed. */
  to: z.nullable(countSchema),
});
export type PolicyChange = z.infer<typeof policyChangeSchema>;

export const policyHistorySchema = keepUnknown({
  /** The last reading: when, and every row in the page's order. */
  latest: z.nullable(keepUnknown({ at: z.number(), rows: z.array(policyRowSchema) })),
  /** Oldest first. */
  changes: z.array(policyChangeSchema),
  /** Changes folded out of the list: how many, and when the newest of them happened. */
  folded: z.optional(keepUnknown({ count: z.int().check(z.minimum(1)), until: z.number() })),
});
export type PolicyHistory = z.infer<typeof policyHistorySchema>;

export const NO_POLICY_HISTORY: PolicyHistory = { latest: null, changes: [] };

/** A count that went up: a change worth telling the seller about. */
export interface PolicyRise {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/** The rows a page showed, as kept: names trimmed, duplicates (a name listed twice) dropped. */
export function cleanRows(rows: readonly PolicyRow[]): PolicyRow[] {
  const seen = new Set<string>();
  const kept: PolicyRow[] = [];
  for (const { name, count } of rows.slice(0, POLICY_ROWS_MAX)) {
    const trimmed = name.replace(/\s+/g, ' ').trim().slice(0, POLICY_NAME_MAX);
    if (trimmed.length === 0 || seen.has(trimmed) || !Number.isInteger(count) || count < 0) continue;
    seen.add(trimmed);
    kept.push({ name: trimmed, count });
  }
  return kept;
}

function bounded(history: PolicyHistory): PolicyHistory {
  const over = history.changes.length - POLICY_CHANGES_KEPT;
  if (over <= 0) return history;
  const folded = history.changes.slice(0, over);
  return {
    ...history,
    changes: history.changes.slice(over),
    folded: {
      count: (history.folded?.count ?? 0) + folded.length,
      until: Math.max(history.folded?.until ?? 0, ...folded.map((change) => change.at)),
    },
  };
}

/**
 * The history with a new reading, and the counts that rose; null when nothing is to be written
 * (a reading stamped before the latest, after the clock was set back). A reading that shares no
 * policy name with the last one (the page switched language, or was redesigned) starts afresh
 * instead of listing every policy as gone and new.
 */
export function nextPolicyHistory(
  history: PolicyHistory,
  shown: readonly PolicyRow[],
  at: number,
): { history: PolicyHistory; rises: PolicyRise[] } | null {
  const rows = cleanRows(shown);
  if (rows.length === 0) return null;
  const previous = history.latest;
  if (previous && previous.at > at) return null;
  const before = new Map((previous?.rows ?? []).map((row) => [row.name, row.count]));
  const comparable = rows.some((row) => before.has(row.name));
  const changes: PolicyChange[] = [];
  const rises: PolicyRise[] = [];
  if (comparable) {
    for (const { name, count } of rows) {
      const from = before.get(name) ?? null;
      if (from === count) continue;
      changes.push({ at, name, from, to: count });
      if (from !== null && count > from) rises.push({ name, from, to: count });
    }
    const now = new Set(rows.map((row) => row.name));
    for (const [name, from] of before) if (!now.has(name)) changes.push({ at, name, from, to: null });
  }
  return {
    history: bounded({ ...history, latest: { ...previous, at, rows }, changes: [...history.changes, ...changes] }),
    rises,
  };
}

const changeKey = (change: PolicyChange) => `${change.at}\u0000${change.name}`;

/**
 * A backup's policy history joined with this browser's: the later reading is the latest, every
 * change either side saw is kept once, in time order.
 */
export function mergePolicyHistories(current: PolicyHistory, incoming: PolicyHistory): PolicyHistory {
  const latest =
    current.latest && incoming.latest
      ? current.latest.at >= incoming.latest.at
        ? current.latest
        : incoming.latest
      : (current.latest ?? incoming.latest);
  const byKey = new Map<string, PolicyChange>();
  for (const change of [...current.changes, ...incoming.changes])
    if (!byKey.has(changeKey(change))) byKey.set(changeKey(change), change);
  const changes = [...byKey.values()].sort((a, b) => a.at - b.at || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folded = joinFolded(current.folded, incoming.folded);
  const merged: PolicyHistory = { ...incoming, ...current, latest, changes };
  if (folded) merged.folded = folded;
  return bounded(merged);
}
