/**
 * One glossary per UI language: Seller Central's own word for each concept the extension names,
 * so the popup, the overlay, the checklists and the Plan of Action page never call one thing by
 * two names. `test/unit/i18n/glossary.test.ts` holds every surface to it.
 */

/**
 * The concepts, each with the English wording that names it (lower-case regular-expression
 * source). A localized text whose English counterpart matches must use the glossary's term.
 */
export const GLOSSARY_CONCEPTS = {
  removalOrder: 'removal orders?',
  disposal: 'dispos(al|e|ed|ing)',
  accountHealth: 'account health',
  caseLog: 'case log',
  planOfAction: 'plan of action',
  performanceNotifications: 'performance notifications?',
  deactivation: 'deactivat',
  onHold: 'on hold',
  underReview: 'under review',
  atRisk: 'at risk',
  appeal: 'appeal',
} as const;

export type GlossaryConcept = keyof typeof GLOSSARY_CONCEPTS;

export interface GlossaryEntry {
  /** The word as Seller Central shows it in this language (base form), for people reading the glossary. */
  readonly term: string;
  /**
   * Every form the term takes in running text (inflections, plural, compounds), as a lower-case
   * regular-expression source without flags, e.g. `remissionsauftr(ag|äge)`. Text is lower-cased
   * before it is matched.
   */
  readonly forms: string;
  /** Other words for the same concept that must not appear on any surface (lower-case sources). */
  readonly avoid: readonly string[];
}

export type Glossary = Readonly<Record<GlossaryConcept, GlossaryEntry>>;
