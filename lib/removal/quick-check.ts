/**
 * The popup's quick check: a status typed or picked in any supported language → the verdict,
 * plus which language's word it matched and whether that word is confirmed, so the seller can
 * judge how much to trust an answer built on best-knowledge wording.
 */

import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { UNCONFIRMED_WORDS } from '@/lib/lang/removal-unconfirmed';
import { type CancelVerdict, verdictForText } from './eligibility';
import { normalizeLabel } from './normalize';

export interface StatusMatch {
  readonly language: string;
  /** The word as Seller Central writes it. */
  readonly name: string;
  readonly unconfirmed: boolean;
}

export interface QuickCheckResult {
  readonly verdict: CancelVerdict;
  /** Every language whose status word the text matches (several share "Status"-like words). */
  readonly matches: readonly StatusMatch[];
}

export function quickCheck(text: string, amazonInitiated = false): QuickCheckResult {
  const verdict = verdictForText(text, amazonInitiated ? { source: 'Amazon-initiated' } : {});
  const wanted = normalizeLabel(text);
  const matches: StatusMatch[] = [];
  if (wanted) {
    for (const vocabulary of REMOVAL_VOCABULARIES) {
      const unconfirmed = new Set((UNCONFIRMED_WORDS[vocabulary.language] ?? []).map(normalizeLabel));
      for (const name of Object.keys(vocabulary.statuses)) {
        const key = normalizeLabel(name);
        if (key === wanted) matches.push({ language: vocabulary.language, name, unconfirmed: unconfirmed.has(key) });
      }
    }
  }
  return { verdict, matches };
}

/** Status words to offer in the quick check's picker, per Seller Central language. */
export function statusChoices(): readonly { readonly language: string; readonly names: readonly string[] }[] {
  return REMOVAL_VOCABULARIES.map((vocabulary) => ({
    language: vocabulary.language,
    names: Object.keys(vocabulary.statuses),
  }));
}
