import type { FollowUpState } from '../follow-up';
import type { CaseStatus, CaseTopic, LogChannel, LogDirection } from '../model';
import type { CaseIdProblem } from '../parse-id';

/** What the background says: reminder notifications and the in-page save control. */
export interface NotifyText {
  notificationTitle(id: string, marketplace: string): string;
  notificationBody(hoursSinceSent: number): string;
  readonly notificationButtons: { readonly open: string; readonly snooze: string };
  /** The small control on a Seller Central case page (sent to the content script by the background). */
  readonly capture: { readonly save: string; readonly saved: string; readonly failed: string };
}

/** Everything the cases feature says, in one language (built from its catalog by index.ts). */
export interface CaseText extends NotifyText {
  readonly topics: Readonly<Record<CaseTopic, string>>;
  readonly statuses: Readonly<Record<CaseStatus, string>>;
  readonly followUpStates: Readonly<Record<FollowUpState, string>>;
  readonly directions: Readonly<Record<LogDirection, string>>;
  readonly channels: Readonly<Record<LogChannel, string>>;
  /** Why a pasted text gave no case ID, and the unusual-length warning. */
  readonly idProblems: Readonly<Record<CaseIdProblem | 'unusual-length', string>>;
  /** The list row's line for a follow-up still to come; `when` is "in 2 days", "tomorrow", "in 5 hours". */
  followUpIn(when: string): string;
  /** The list row's line for an overdue follow-up; `when` is "3 days ago", "yesterday". */
  followUpOverdue(when: string): string;
  /** One line for the seller's follow-up message; `sentOn` is an already formatted date. */
  followUpReference(id: string, sentOn?: string): string;
}
