/**
 * The seller's own phrases: what one is, and the rules every phrase meets (plain text, trimmed,
 * bounded, no duplicates). The options page refuses what breaks them and the detector skips it,
 * by the same test, so a phrase is never saved only to be ignored.
 */
import type { AccountState } from '@/lib/account-state/states';
import { normalizeText } from '@/lib/detect/normalize';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import { USER_PHRASE_LIMITS } from './limits';
import type { UserPhrase } from './schemas';

/** A phrase the seller added on the options page, as the detector reads it (stored with an id and a date). */
export interface SellerPhrase {
  readonly language: SellerCentralLanguage;
  readonly state: AccountState;
  readonly text: string;
}

export type PhraseProblem = 'length' | 'duplicate' | 'full';

/** Whitespace folded so "  on   hold " and "on hold" are one phrase. */
export function cleanPhrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Within the length limits as stored (the cleaned text) and as matched (the normalized text):
 * a phrase of invisible characters would otherwise pass and never match anything.
 */
export function isUsablePhrase(text: string): boolean {
  const clean = cleanPhrase(text);
  const matched = normalizeText(clean).length;
  return clean.length <= USER_PHRASE_LIMITS.max && Math.min(clean.length, matched) >= USER_PHRASE_LIMITS.min;
}

export function addUserPhrase(
  current: readonly UserPhrase[],
  input: SellerPhrase,
  now: number,
): { phrases: UserPhrase[] } | { problem: PhraseProblem } {
  const text = cleanPhrase(input.text);
  if (!isUsablePhrase(text)) return { problem: 'length' };
  if (current.some((p) => p.text.toLowerCase() === text.toLowerCase() && p.state === input.state))
    return { problem: 'duplicate' };
  if (current.length >= USER_PHRASE_LIMITS.count) return { problem: 'full' };
  const id = `${now.toString(36)}-${current.length}`;
  return { phrases: [...current, { id, language: input.language, state: input.state, text, addedAt: now }] };
}
