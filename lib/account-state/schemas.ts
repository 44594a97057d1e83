/**
 * The shapes of what the extension remembers about account states: the last-known state per
 * marketplace, a capped history of changes, overlay dismissals and the seller's own phrases.
 * Their stored items are in lib/storage/items/account-state.ts.
 */
import * as z from 'zod/mini';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { keepUnknown } from '@/lib/keep-unknown';
import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { USER_PHRASE_LIMITS } from './limits';

export { USER_PHRASE_LIMITS };

export const stateSchema = z.enum(STATES_BY_SEVERITY);
const severitySchema = z.enum(['critical', 'high', 'warning']);

export const lastKnownStateSchema = keepUnknown({
  /** A marketplace code (lib/storage/marketplace-values.ts: v1 held the host). */
  marketplace: z.string(),
  /** null: the last page that could show a state showed none (healthy). */
  state: z.nullable(stateSchema),
  severity: z.nullable(severitySchema),
  /** When the current state was first seen, and last confirmed. */
  firstSeen: z.number(),
  lastSeen: z.number(),
  url: z.string(),
  /** The notice's own words that showed the state (absent in what the release before kept). */
  quote: z.optional(z.nullable(z.string())),
});
export type LastKnownState = z.infer<typeof lastKnownStateSchema>;

export const stateChangeSchema = keepUnknown({
  marketplace: z.string(),
  state: z.nullable(stateSchema),
  at: z.number(),
  /**
   * Present on an entry that stands for older changes of its marketplace, folded when the history
   * was full: how many it summarizes. Its state is the last of them, in effect from `at` on.
   */
  summarized: z.optional(z.int().check(z.minimum(1))),
});
export type StateChange = z.infer<typeof stateChangeSchema>;

export const dismissalSchema = keepUnknown({ state: stateSchema, at: z.number() });
export type Dismissal = z.infer<typeof dismissalSchema>;

export const userPhraseSchema = keepUnknown({
  id: z.string(),
  language: z.enum(SELLER_CENTRAL_LANGUAGES),
  state: stateSchema,
  text: z.string().check(z.minLength(USER_PHRASE_LIMITS.min), z.maxLength(USER_PHRASE_LIMITS.max)),
  addedAt: z.number(),
});
export type UserPhrase = z.infer<typeof userPhraseSchema>;

/** The list as stored: no more phrases than the options page allows. */
export const userPhrasesSchema = z.array(userPhraseSchema).check(z.maxLength(USER_PHRASE_LIMITS.count));
