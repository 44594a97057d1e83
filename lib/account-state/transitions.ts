/**
 * Pure rules for what a new detection does to the remembered state: when "first seen" resets,
 * and when the history grows.
 */

import type { AccountState, Severity } from '@/lib/account-state/states';
import type { MarketplaceCode } from '@/lib/marketplaces';
import type { PageKind } from '@/lib/pages';
import { STATE_HISTORY_CAP, STATE_HISTORY_FOLD } from './limits';
import type { LastKnownState, StateChange } from './schemas';

export interface Observation {
  readonly marketplace: MarketplaceCode;
  readonly url: string;
  readonly kind: PageKind;
  readonly state: AccountState | null;
  readonly severity: Severity | null;
  /** The notice's own words that decided, when a state shows. */
  readonly quote?: string | null;
  readonly at: number;
}

/** What the Status tab quotes of a notice: a sentence, not a page. */
export const QUOTE_MAX = 300;

/**
 * Seller Central does not repeat an account alert on every page: an inventory page without a
 * banner says nothing about the account. Only these pages may declare it healthy.
 */
const SPEAKS_FOR_ACCOUNT: ReadonlySet<PageKind> = new Set(['account-health', 'home']);

/** Whether an observation may change what we remember about the marketplace. */
export function isTelling(seen: Observation): boolean {
  return seen.state !== null || SPEAKS_FOR_ACCOUNT.has(seen.kind);
}

export function nextLastKnown(previous: LastKnownState | null, seen: Observation): LastKnownState {
  const same = previous !== null && previous.state === seen.state;
  // A healthy page quotes nothing; a page that shows the state without words keeps the last ones.
  const quote =
    seen.state === null ? null : (seen.quote?.slice(0, QUOTE_MAX) ?? (same ? previous.quote : null) ?? null);
  return {
    // Fields a newer version stored survive this write.
    ...previous,
    marketplace: seen.marketplace,
    state: seen.state,
    severity: seen.severity,
    firstSeen: same ? previous.firstSeen : seen.at,
    lastSeen: seen.at,
    url: seen.url,
    quote,
  };
}

/**
 * A history within its cap: while it is over, its oldest changes are folded into one entry per
 * marketplace (the last state among them, when it began, how many changes it stands for), so
 * every marketplace's state periods stay right and nothing disappears without a count.
 */
export function boundedHistory(history: readonly StateChange[]): StateChange[] {
  let list = [...history];
  while (list.length > STATE_HISTORY_CAP) {
    const folded = list.slice(0, STATE_HISTORY_FOLD);
    const summaries = new Map<string, StateChange>();
    for (const change of folded) {
      const before = summaries.get(change.marketplace);
      const count = (before?.summarized ?? 0) + (change.summarized ?? 1);
      summaries.set(change.marketplace, { ...change, summarized: count });
    }
    list = [...[...summaries.values()].sort((a, b) => a.at - b.at), ...list.slice(STATE_HISTORY_FOLD)];
  }
  return list;
}

/** Appends only real changes (a first healthy observation is not news), newest last, bounded. */
export function nextHistory(
  history: readonly StateChange[],
  previous: LastKnownState | null,
  seen: Observation,
): StateChange[] | null {
  if (previous === null && seen.state === null) return null;
  if (previous !== null && previous.state === seen.state) return null;
  return boundedHistory([...history, { marketplace: seen.marketplace, state: seen.state, at: seen.at }]);
}

const changeKey = (change: StateChange) => `${change.marketplace}\u0000${change.at}\u0000${change.state}`;

/** A backup's changes joined with this browser's: each change once, in time order, bounded. */
export function mergeStateHistories(current: readonly StateChange[], incoming: readonly StateChange[]): StateChange[] {
  const byKey = new Map<string, StateChange>();
  for (const change of [...incoming, ...current]) byKey.set(changeKey(change), change);
  return boundedHistory([...byKey.values()].sort((a, b) => a.at - b.at));
}
