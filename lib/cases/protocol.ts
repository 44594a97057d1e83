/**
 * The shapes of the case messages (lib/messaging.ts). Types only: the content script imports
 * them, so no zod here; the background checks every request with requests.ts.
 */
import type { MarketplaceCode } from '@/lib/marketplaces';
import type { CaseStatus, CaseTopic, LogChannel, LogDirection } from './model';

/** Content script -> background: a case page, as the page shows it. */
export interface CasePageReport {
  readonly marketplace: MarketplaceCode;
  readonly url: string;
  readonly id: string;
  /**
   * The status the page shows, mapped from Seller Central's words by the content script
   * (page-status.ts; the script ships those words anyway to find the status on the page, and
   * the worker's bundle stays within its budget without them); null when none reads.
   */
  readonly status: CaseStatus | null;
  /** The case's subject as the page shows it ("Subject:", else the summary's heading). */
  readonly subject?: string | null;
  /** Guessed from the subject in the page's language (case-topic.ts); absent or "other" when unsure. */
  readonly topic?: CaseTopic;
  /** The languages the page is written in, first choice first: the save control speaks its language ("auto"). */
  readonly languages?: readonly string[];
}

/** Words for the in-page control, in the seller's chosen language ("auto": the page's). */
export interface CaptureLabels {
  readonly save: string;
  readonly saved: string;
  readonly failed: string;
}

export interface CasePageAnswer {
  readonly saved: boolean;
  readonly labels: CaptureLabels;
}

export interface CaseAddRequest {
  readonly id: string;
  readonly marketplace: MarketplaceCode;
  readonly topic?: CaseTopic;
  readonly title?: string;
}

/** added: a new case; restored: it had been deleted; exists: already saved, nothing changed. */
export type CaseAddResult = 'added' | 'restored' | 'exists';

export interface CaseEditRequest {
  readonly id: string;
  readonly title?: string;
  readonly topic?: CaseTopic;
  readonly status?: CaseStatus;
  readonly marketplace?: MarketplaceCode;
  /** A hand-set follow-up time; null clears it (back to the computed one). */
  readonly nextFollowUpAt?: number | null;
}

export interface CaseNotesRequest {
  readonly id: string;
  readonly notes: string;
}

export interface CaseLogRequest {
  readonly id: string;
  readonly at: number;
  readonly direction: LogDirection;
  readonly channel: LogChannel;
  readonly summary: string;
}
