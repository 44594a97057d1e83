/** Rules for the seller's own phrases: plain text, trimmed, bounded, no duplicates. */
import type { AccountState } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import type { UserPhrase } from './items';
import { USER_PHRASE_LIMITS } from './limits';

export type PhraseProblem = 'length' | 'duplicate' | 'full';

/** Whitespace folded so "  on   hold " and "on hold" are one phrase. */
export function cleanPhrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function addUserPhrase(
  current: readonly UserPhrase[],
  input: { language: SellerCentralLanguage; state: AccountState; text: string },
  now: number,
): { phrases: UserPhrase[] } | { problem: PhraseProblem } {
  const text = cleanPhrase(input.text);
  if (text.length < USER_PHRASE_LIMITS.min || text.length > USER_PHRASE_LIMITS.max) return { problem: 'length' };
  if (current.some((p) => p.text.toLowerCase() === text.toLowerCase() && p.state === input.state))
    return { problem: 'duplicate' };
  if (current.length >= USER_PHRASE_LIMITS.count) return { problem: 'full' };
  const id = `${now.toString(36)}-${current.length}`;
  return { phrases: [...current, { id, language: input.language, state: input.state, text, addedAt: now }] };
}
