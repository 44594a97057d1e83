/**
 * Shape of a language's case-page words (lib/lang/<code>/cases.ts). Lower case; statuses are
 * matched as substrings of the case page's status text, the first status group that matches
 * wins, so "needs-attention" ("pending seller action") is checked before "open" ("pending").
 */
import type { CaseStatus, CaseTopic } from './model';

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

/**
 * What a case page's subject says (lib/lang/<code>/case-subjects.ts): only the capture script reads
 * it, so it stays out of the worker's bundle.
 */
export interface CaseSubjectWords {
  /** The label before a case's subject ("Subject:", "Betreff:"). */
  readonly subjectLabels: readonly string[];
  /**
   * Words that give a case subject its topic, lower case, matched as substrings (stems such as
   * "deactivat" catch every form). Topics are tried in CASE_TOPIC_ORDER: the first that matches wins.
   */
  readonly topics: Readonly<Record<(typeof CASE_TOPIC_ORDER)[number], readonly string[]>>;
}

/** A deactivation appeal mentions the account and often a review: the gravest topic is tried first. */
export const CASE_TOPIC_ORDER = [
  'deactivation',
  'account-hold',
  'verification',
  'under-review',
  'removal-order',
  'listing',
] as const satisfies readonly CaseTopic[];
