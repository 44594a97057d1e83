/**
 * What the extension remembers about account states (shapes in lib/account-state/schemas.ts).
 * States and dismissals are rebuilt as the seller browses Seller Central; the history of
 * changes cannot be seen again and the phrases are the seller's own words: both go into backups.
 */
import * as z from 'zod/mini';
import {
  type Dismissal,
  dismissalSchema,
  type LastKnownState,
  lastKnownStateSchema,
  type StateChange,
  stateChangeSchema,
  type UserPhrase,
  userPhraseSchema,
  userPhrasesSchema,
} from '@/lib/account-state/schemas';
import { mergeStateHistories } from '@/lib/account-state/transitions';
import { joinedOutcome, type MergeOutcome } from '@/lib/backup/registry';
import { sameData } from '@/lib/canonical-json';
import { MARKETPLACE_CODES } from '@/lib/marketplaces';
import { hostFieldsToCodes, hostFieldToCode } from '../marketplace-values';
import { defineItemFamily, defineValidatedItem } from '../stored-item';

/** One per marketplace code (lib/storage/marketplace-keys.ts moved those stored per host). */
export const lastKnownStates = defineItemFamily<LastKnownState | null>({
  prefix: 'local:accountState:',
  likelyIds: MARKETPLACE_CODES,
  schema: z.nullable(lastKnownStateSchema),
  fallback: null,
  version: 2,
  migrations: hostFieldToCode,
  backup: 'derived',
});

/** What was seen cannot be seen again: the history goes into backups, joined change by change on import. */
export const stateHistoryItem = defineValidatedItem<StateChange[]>({
  key: 'local:accountStateHistory',
  schema: z.array(stateChangeSchema),
  fallback: [],
  version: 2,
  migrations: hostFieldsToCodes,
  backup: 'user-data',
  backupId: 'accountStateHistory',
  merge: joinedOutcome(mergeStateHistories),
});

/** One per marketplace code: the overlay stays dismissed for that state until it changes or 7 days pass. */
export const dismissals = defineItemFamily<Dismissal | null>({
  prefix: 'local:overlayDismissed:',
  schema: z.nullable(dismissalSchema),
  fallback: null,
  version: 1,
  backup: 'derived',
});

/** Phrases are added one by one: joining both lists by id loses nothing and asks nothing. */
export function mergeUserPhrases(current: UserPhrase[], incoming: UserPhrase[]): MergeOutcome<UserPhrase[]> {
  const ids = new Set(current.map((phrase) => phrase.id));
  const added = incoming.filter((phrase) => !ids.has(phrase.id));
  if (added.length === 0) {
    return { status: 'unchanged', reason: sameData(current, incoming) ? 'identical' : 'current-newer' };
  }
  return { status: 'updated', reason: 'merged', value: [...current, ...added] };
}

/** The seller's own phrases, synced: Amazon changes wording, and a seller fixes a miss without a release. */
export const userPhrasesItem = defineValidatedItem<UserPhrase[]>({
  key: 'sync:userPhrases',
  schema: userPhrasesSchema,
  fallback: [],
  version: 1,
  backup: 'user-data',
  backupId: 'userPhrases',
  // A backup may hold more phrases than one list allows (it was merged before); imports read it whole.
  backupSchema: z.array(userPhraseSchema),
  merge: mergeUserPhrases,
});
