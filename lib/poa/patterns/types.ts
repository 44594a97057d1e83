/**
 * Phrase tables the Plan of Action linter matches, one file per language a plan can be written
 * in. Each entry is a regular-expression fragment, matched case-insensitively with Unicode
 * letter boundaries on both sides; a plain space stands for any run of whitespace.
 * Keep fragments free of nested quantifiers so a 100 KB paste stays fast.
 */
import type { UiLanguage } from '@/lib/i18n/translate';

export interface PoaPatternSet {
  readonly language: UiLanguage;
  /** Promises that say nothing measurable ("improve quality control"). */
  readonly vague: readonly string[];
  /**
   * What makes a promise concrete when it is in the same sentence: dates, frequencies, roles,
   * tools, numbers in words. Digits always count.
   */
  readonly specifics: readonly string[];
  /** Putting the cause on Amazon, buyers, carriers or competitors. */
  readonly blaming: readonly string[];
  /** Emotional judgement of the decision or the writer's feelings. */
  readonly emotional: readonly string[];
  /** Future tense and intention markers. */
  readonly future: readonly string[];
  /** Signs something is already done or in place: past tense, present perfect, "already", "since". */
  readonly done: readonly string[];
  /** Named issues and metrics a specific root cause mentions. Digits always count too. */
  readonly issueTerms: readonly string[];
  /**
   * Documents and records an Evidence section names ("the invoices", "a screenshot", "attached").
   * Digits always count too. A compound word counts when it ends in a term: keep any prefix
   * bounded (`\p{L}{0,24}`) so a long paste without spaces stays linear.
   */
  readonly evidenceTerms: readonly string[];
}

/** A non-capturing group of alternatives, so long word lists can be written one per line. */
export function oneOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}
