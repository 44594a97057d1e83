/**
 * The case status as Seller Central words it on a case page, mapped to ours. The content
 * script sends the raw text and the background maps it, so this table never ships in the page.
 * Wording per language lives in lib/lang/<code>/cases.ts; an unknown text maps to null and
 * leaves the saved status alone. Phrases are lower case and matched as substrings.
 */
import { CASE_WORDS } from '@/lib/lang/cases';
import { CASE_STATUS_ORDER } from './case-words';
import type { CaseStatus } from './model';

/** Every language's wording per status, in the order they are checked (see CASE_STATUS_ORDER). */
export const PAGE_STATUS_PHRASES: ReadonlyArray<readonly [CaseStatus, readonly string[]]> = CASE_STATUS_ORDER.map(
  (status) => [status, CASE_WORDS.flatMap((words) => words.statuses[status])] as const,
);

/** At most this much of the page's text is looked at: a status is a few words. */
export const PAGE_STATUS_MAX_CHARS = 200;

export function caseStatusFromPage(text: string | null | undefined): CaseStatus | null {
  if (!text) return null;
  const folded = text.slice(0, PAGE_STATUS_MAX_CHARS).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (folded === '') return null;
  for (const [status, phrases] of PAGE_STATUS_PHRASES) {
    if (phrases.some((phrase) => folded.includes(phrase))) return status;
  }
  return null;
}
