/**
 * Checklists are split in two: a language-independent definition (item ids, links, evidence
 * flags) that progress is stored against, and one text file per UI language. Adding a language
 * is adding a text file; adding an item is one line here plus one entry per text file, and the
 * validator (validate.ts) refuses anything missing or extra.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { PageKind } from '@/lib/pages';

export const CHECKLIST_IDS = [
  'hold',
  'review',
  'verification',
  'deactivated',
  'first-days',
  'while-on-hold',
  'prevention',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

/** Page kinds with one fixed landing path on every host; links.ts maps each to its path. */
export type LinkablePageKind = Extract<
  PageKind,
  'account-health' | 'performance-notifications' | 'case-log' | 'manage-orders' | 'inventory'
>;

/** Parts of the extension itself an item can open (the lead wires the action). */
export type Workspace = 'poa';

export interface ChecklistItemDefinition {
  /** Stored in sync storage: short, lower-case, never renamed (old progress would stop counting). */
  readonly id: string;
  readonly link?: LinkablePageKind;
  readonly workspace?: Workspace;
  /** The item asks the seller to keep proof; every language then needs an evidence prompt. */
  readonly evidence?: true;
}

export interface ChecklistDefinition {
  readonly id: ChecklistId;
  readonly items: readonly ChecklistItemDefinition[];
}

export interface ChecklistItemText {
  readonly title: string;
  /** One line: why this step matters. */
  readonly why: string;
  readonly detail?: string;
  /** What to keep as proof; present exactly when the definition sets `evidence`. */
  readonly evidencePrompt?: string;
}

export interface ChecklistText {
  readonly title: string;
  readonly intro: string;
  readonly items: Readonly<Record<string, ChecklistItemText>>;
}

/** Words the Markdown export writes around the checklist. */
export interface ChecklistExportLabels {
  readonly marketplace: string;
  readonly generated: string;
  /** `{done}`, `{total}`, `{percent}` are filled in. */
  readonly progress: string;
  /** `{time}` is filled in. */
  readonly tickedAt: string;
  readonly notTicked: string;
  readonly evidence: string;
  readonly link: string;
  readonly timeline: string;
  readonly timelineEmpty: string;
  readonly caseLabel: string;
  readonly sent: string;
  readonly received: string;
  /** The marketplace's account history (issue #18): a timeline, the policy counts, then the rating's readings. */
  readonly accountHistory: string;
  /** State changes, policy-count changes and performance notifications, dated, oldest first. */
  readonly accountTimeline: string;
  readonly accountTimelineEmpty: string;
  /** `{title}` is filled in. */
  readonly timelineNotice: string;
  /** `{policy}`, `{from}` and `{to}` are filled in ("–" where the policy was not listed). */
  readonly timelinePolicy: string;
  /** `{count}` is filled in. */
  readonly noticesFolded: string;
  /** `{count}` is filled in. */
  readonly policyChangesFolded: string;
  readonly policies: string;
  readonly policiesEmpty: string;
  /** `{date}` is filled in. */
  readonly policiesAsOf: string;
  readonly policyName: string;
  readonly policyCount: string;
  /** `{count}` is filled in: older changes folded into one entry when the history was full. */
  readonly summarizedChanges: string;
  readonly ratings: string;
  readonly ratingsEmpty: string;
  readonly ratingDay: string;
  readonly ratingValue: string;
  readonly ratingStatus: string;
  /** `{month}` (YYYY-MM) and `{days}` are filled in: a month summarized in the history. */
  readonly ratingMonth: string;
  readonly footer: string;
}

export interface ChecklistLanguagePack {
  readonly language: UiLanguage;
  readonly checklists: Readonly<Record<ChecklistId, ChecklistText>>;
  readonly exportLabels: ChecklistExportLabels;
}
