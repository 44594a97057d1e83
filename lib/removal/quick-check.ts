/**
 * The popup's quick check: a status typed or picked in any supported language → the verdict,
 * plus which language's word it matched and whether that word is confirmed, so the seller can
 * judge how much to trust an answer built on best-knowledge wording.
 */

import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { CONFIRMED_REMOVAL_WORDS } from '@/lib/lang/removal-confirmed';
import { type CancelVerdict, verdictForText } from './eligibility';
import { normalizeLabel } from './normalize';
import type { RemovalVocabulary } from './vocabulary';

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

interface Checked {
  readonly vocabulary: RemovalVocabulary;
  /** Normalized words a source confirms. */
  readonly confirmed: ReadonlySet<string>;
}

let checked: readonly Checked[] | null = null;

/**
 * Languages whose status words a source confirms come first (English, Swedish), so the answer
 * most worth trusting leads; the rest keep the order languages.ts gives them.
 */
function sourcedFirst(): readonly Checked[] {
  if (checked) return checked;
  const all = SELLER_CENTRAL_LANGUAGES.flatMap((language) =>
    REMOVAL_VOCABULARIES.filter((vocabulary) => vocabulary.language === language).map((vocabulary) => ({
      vocabulary,
      confirmed: new Set(CONFIRMED_REMOVAL_WORDS[language].map(normalizeLabel)),
    })),
  );
  const sourced = ({ vocabulary, confirmed }: Checked) =>
    Object.keys(vocabulary.statuses).some((name) => confirmed.has(normalizeLabel(name)));
  checked = [...all.filter(sourced), ...all.filter((entry) => !sourced(entry))];
  return checked;
}

export function quickCheck(text: string, amazonInitiated = false): QuickCheckResult {
  const verdict = verdictForText(text, amazonInitiated ? { source: 'Amazon-initiated' } : {});
  const wanted = normalizeLabel(text);
  const matches: StatusMatch[] = [];
  if (wanted) {
    for (const { vocabulary, confirmed } of sourcedFirst()) {
      for (const name of Object.keys(vocabulary.statuses)) {
        const key = normalizeLabel(name);
        if (key === wanted) matches.push({ language: vocabulary.language, name, unconfirmed: !confirmed.has(key) });
      }
    }
  }
  return { verdict, matches };
}

/** Status words to offer in the quick check's picker, per Seller Central language. */
export function statusChoices(): readonly { readonly language: string; readonly names: readonly string[] }[] {
  return sourcedFirst().map(({ vocabulary }) => ({
    language: vocabulary.language,
    names: Object.keys(vocabulary.statuses),
  }));
}
