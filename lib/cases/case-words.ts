/**
 * Shape of a language's case-page words (lib/lang/<code>/cases.ts). Lower case; statuses are
 * matched as substrings of the case page's status text, the first status group that matches
 * wins, so "needs-attention" ("pending seller action") is checked before "open" ("pending").
 */
import type { CaseStatus } from './model';

export const CASE_STATUS_ORDER = [
  'needs-attention',
  'resolved',
  'answered',
  'open',
] as const satisfies readonly CaseStatus[];

export interface CaseWords {
  /** The label before the status on a case page ("Status:", "Case status"). */
  readonly statusLabels: readonly string[];
  /** Words that introduce a case ID in a pasted text or on the page ("case id", "Fall-ID"). */
  readonly idLabels: readonly string[];
  /** How the case page words each status. */
  readonly statuses: Readonly<Record<(typeof CASE_STATUS_ORDER)[number], readonly string[]>>;
}
