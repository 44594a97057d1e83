/**
 * Moves the families the previous release keyed by host (`local:accountState:sellercentral.amazon.de`,
 * `local:overlayDismissed:…`) to their marketplace code (`local:accountState:DE`). The worker runs
 * it on install, update and browser start, inside one `exclusive()` lock so two starts never move
 * the same entry twice. Idempotent: once moved, no host key is left to move.
 *
 * Two hosts of one marketplace (Japan's two) merge without loss of what matters: the entry seen
 * last wins for the last-known state (it is what Seller Central says now; history keeps the
 * earlier one), and the newest dismissal wins (an older one is for a card already superseded).
 * A key whose host this version cannot map, or whose value does not validate (it is set aside
 * by the read, as every invalid value is), is left exactly where it is.
 */

import { marketplaceCodeOf } from '@/lib/marketplaces';
import { exclusive } from './exclusive';
import { dismissals, lastKnownStates } from './items/account-state';
import type { ItemFamily } from './stored-item';

interface Family<T> {
  readonly family: ItemFamily<T | null>;
  /** Which of two entries for one marketplace to keep. */
  readonly newer: (a: T, b: T) => T;
}

const HOST_KEYED: readonly Family<unknown>[] = [
  {
    family: lastKnownStates,
    newer: (a, b) => ((a as { lastSeen: number }).lastSeen >= (b as { lastSeen: number }).lastSeen ? a : b),
  } as Family<unknown>,
  {
    family: dismissals,
    newer: (a, b) => ((a as { at: number }).at >= (b as { at: number }).at ? a : b),
  } as Family<unknown>,
];

async function moveFamily<T>({ family, newer }: Family<T>): Promise<number> {
  let moved = 0;
  for (const { id, value } of await family.entries()) {
    const code = marketplaceCodeOf(id);
    if (!code || value === null) continue;
    await family.item(code).update((current) => (current === null ? value : newer(current, value)));
    await family.item(id).remove();
    moved += 1;
  }
  return moved;
}

/** Re-keys every host-keyed entry to its code; returns how many entries moved. */
export function moveHostKeysToCodes(): Promise<number> {
  return exclusive('marketplace-keys', async () => {
    let moved = 0;
    for (const family of HOST_KEYED) moved += await moveFamily(family);
    return moved;
  });
}
