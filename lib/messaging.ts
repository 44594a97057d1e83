/**
 * The one protocol between the content script, popup, options page and background.
 * Every cross-context call is a typed entry here; nothing sends ad-hoc message strings.
 * Keep this file free of zod and other large imports: the content script loads it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ListsShown } from './account-health/page-rows';
import type { DismissalRecord } from './account-state/dismissal';
import type { AccountState, Severity } from './account-state/states';
import type {
  CaseAddRequest,
  CaseAddResult,
  CaseEditRequest,
  CaseLogRequest,
  CaseNotesRequest,
  CasePageAnswer,
  CasePageReport,
} from './cases/protocol';
import type { ChecklistId } from './checklists/types';
import type { DeadlineShown } from './deadlines/record';
import type { Detection, EvidenceText } from './detect/classify';
import type { PackedRatingLexicon } from './detect/lexicon';
import type { UiLanguage } from './i18n/translate';
import type { SellerCentralLanguage } from './lang/languages';
import type { MarketplaceCode } from './marketplaces';
import type { PageKind } from './pages';

/** Content scripts read the page's host and send its marketplace code: no host crosses this protocol. */
export interface PageReport {
  readonly marketplace: MarketplaceCode;
  readonly kind: PageKind;
  readonly url: string;
}

export interface TabStatus extends PageReport {
  readonly at: number;
}

export interface AccountStateReport {
  readonly marketplace: MarketplaceCode;
  readonly url: string;
  readonly kind: PageKind;
  /** null: this page could show a state and shows none. */
  readonly state: AccountState | null;
  readonly severity: Severity | null;
  /** Why, when a state is shown: the notice's own words and the cues that decided (for bug reports). */
  readonly why: DetectionWhy | null;
}

/** What Account Health (its policy counts) or Performance Notifications (titles, dates) lists. */
export interface HealthPageReport {
  readonly marketplace: MarketplaceCode;
  /** Account Health: its lists of rows around bare counts. */
  readonly policies?: ListsShown;
  /** Performance Notifications: its lists of rows around dates. */
  readonly notices?: ListsShown;
}

export interface DetectionWhy {
  readonly quote: string;
  readonly cues: readonly string[];
  readonly language: SellerCentralLanguage | null;
  readonly source: 'notice' | 'seller' | 'account-health-rating';
}

export interface ClassifyRequest {
  readonly kind: PageKind;
  readonly languages: readonly string[];
  readonly evidence: readonly EvidenceText[];
}

export interface DetectionSetupRequest {
  readonly marketplace: MarketplaceCode;
  /** The languages the page may be written in (its `<html lang>`, the marketplace's, English). */
  readonly languages: readonly string[];
}

/**
 * The page's first word to the worker: which page the tab shows (as `reportPage` says it after a
 * navigation) and what detection needs, in one message instead of two on every page load.
 */
export interface PageSetupRequest extends PageReport, DetectionSetupRequest {}

export interface DetectionSetup {
  readonly uiLanguage: UiLanguage;
  /** The rating's words in the languages asked for, plus the seller's interface language: all the scan needs. */
  readonly ratingLexicons: readonly PackedRatingLexicon[];
  /** The overlay's `overlay_*` messages in the seller's UI language (the content script bundles none). */
  readonly overlayMessages: Readonly<Record<string, string>>;
  /** The card the seller dismissed on this marketplace, so the content script decides without a round trip. */
  readonly dismissal: DismissalRecord | null;
}

export interface ProtocolMap {
  /** Content script -> background: this tab shows a Seller Central page of this kind. */
  reportPage(report: PageReport): void;
  /** Popup -> background: what the content script in this tab last reported, if anything. */
  getTabStatus(tabId: number): TabStatus | null;
  /**
   * Content script -> background, first on every page: which page this tab shows, and what
   * detection needs before it scans (zod stays out of the content script).
   */
  getDetectionSetup(request: PageSetupRequest): DetectionSetup;
  /** Content script -> background: the rating's words in languages the page turned out to show (scripts seen). */
  getRatingLexicons(languages: readonly string[]): readonly PackedRatingLexicon[];
  /**
   * Content script -> background: the account state the page's evidence shows, read in the worker
   * with the full lexicons of these languages and the seller's phrases, so that the page pays for
   * neither. `evidence` is the index of the piece that decided.
   */
  classifyEvidence(request: ClassifyRequest): {
    readonly detection: Detection;
    readonly evidence: number;
    /** The deadline the deciding notice states (or stated on an earlier visit), for the card. */
    readonly deadline: DeadlineShown | null;
  } | null;
  /** Content script -> background: the account state this tab shows (badge, memory, history). */
  reportAccountState(report: AccountStateReport): void;
  /** Content script -> background: the rows Account Health or Performance Notifications lists, when they change. */
  recordHealthPage(report: HealthPageReport): void;
  /** Overlay -> background: the seller dismissed the card for this marketplace and state. */
  dismissOverlay(dismissal: { marketplace: MarketplaceCode; state: AccountState }): void;
  /** Overlay -> background: open the popup on this checklist (or a tab with it, where the popup cannot open). */
  openChecklist(request: { marketplace: MarketplaceCode; checklist: ChecklistId }): void;
  /** Content script -> background: a case page is open; refreshes a saved case's status and last-seen time. */
  casePageSeen(report: CasePageReport): CasePageAnswer;
  /** Content script -> background: the seller pressed "Save case" on the page. */
  caseCapture(report: CasePageReport): CasePageAnswer;
  /** Popup -> background: save a case typed or pasted in. */
  caseAdd(request: CaseAddRequest): CaseAddResult;
  /** Popup -> background: change a case's title, topic, status, marketplace or follow-up time. */
  caseEdit(request: CaseEditRequest): boolean;
  /** Popup -> background: replace a case's notes (local only). */
  caseNotes(request: CaseNotesRequest): boolean;
  /** Popup -> background: log a message sent or received. */
  caseLog(request: CaseLogRequest): boolean;
  /** Popup -> background: delete a case (a tombstone, so the delete reaches other browsers). */
  caseDelete(id: string): boolean;
  /** Popup -> background: undo a delete. */
  caseRestore(id: string): boolean;
  /** Popup or notification -> background: remind again in 24 hours. */
  caseSnooze(id: string): boolean;
  /** Main content script -> background: this frame may show a removal order; inject the removal script into it. */
  injectRemovalScript(): void;
  /** Removal content script -> background: the `removal_*` messages in the seller's UI language (none are bundled). */
  getRemovalText(request: DetectionSetupRequest): {
    readonly uiLanguage: UiLanguage;
    readonly messages: Readonly<Record<string, string>>;
  };
  /** Removal content script -> background: orders a page shows, new or changed since its last report. */
  reportRemovalSightings(report: {
    readonly marketplace: MarketplaceCode;
    readonly sightings: readonly import('./removal/seen-orders').Sighting[];
  }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
