/**
 * Plan of Action: five sections in the order Amazon reads them, a draft that holds their text,
 * and the findings the linter reports.
 */
import type { UiLanguage } from '@/lib/i18n/translate';

export const POA_SECTION_IDS = [
  'acknowledgement',
  'root-cause',
  'immediate-actions',
  'preventive-measures',
  'evidence',
] as const;
export type PoaSectionId = (typeof POA_SECTION_IDS)[number];

export type PoaSections = Readonly<Record<PoaSectionId, string>>;

export interface PoaDraft {
  readonly sections: PoaSections;
  /** Epoch milliseconds of the last edit. */
  readonly updatedAt: number;
}

export const POA_RULES = [
  'missing-section',
  'short-section',
  'too-long',
  'vague-promise',
  'blaming',
  'emotional',
  'future-only',
  'duplicate-text',
  'repeated-sentence',
  'generic-root-cause',
  'evidence-unnamed',
] as const;
export type PoaRule = (typeof POA_RULES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Span {
  /** UTF-16 offsets into the section's text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface PoaFinding {
  readonly rule: PoaRule;
  readonly severity: Severity;
  readonly section: PoaSectionId;
  readonly span: Span;
  readonly message: string;
  readonly fix: string;
}

export interface PoaSectionText {
  readonly heading: string;
  /** Placeholder for the empty text area: what belongs here. */
  readonly hint: string;
}

export interface RuleText {
  /** May use {phrase}, {words}, {limit}, {over}, {section}. */
  readonly message: string;
  readonly fix: string;
}

export interface PoaLanguagePack {
  readonly language: UiLanguage;
  readonly title: string;
  readonly sections: Readonly<Record<PoaSectionId, PoaSectionText>>;
  readonly rules: Readonly<Record<PoaRule, RuleText>>;
  /** Length meter under the editor; {words}, {limit}, {remaining}, {over}. */
  readonly lengthWithin: string;
  readonly lengthOver: string;
}
