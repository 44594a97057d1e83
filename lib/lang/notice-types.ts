/**
 * Shape of a language's notice lexicon: the concepts account-state notices are made of, not the
 * sentences they are written in. Types and tiny helpers only (the content script imports this).
 *
 * A term is matched against normalized text (lower case, Latin diacritics dropped, see
 * lib/detect/normalize.ts); write terms already in that form or not, they are normalized when
 * compiled. In languages written with spaces, a term is one or more words:
 * - `hold`       the word itself;
 * - `deactivat*` a word that starts so (inflections: deactivated, deactivation);
 * - `*konto*`    a word that contains it (compounds: Verkäuferkonto, Kontosperre);
 * - `*konto`     a word that ends so;
 * - `on hold`    words in this order, next to each other (each word may carry its own `*`).
 * In Japanese and Chinese (`spaced: false`) a term is a plain run of characters.
 */
import type { AccountState } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from './languages';

/** `unconfirmed`: our best wording, not seen on a real Seller Central page yet. */
export type Term = string | { readonly text: string; readonly unconfirmed: true };
export type Terms = readonly Term[];

export interface NoticeLexicon {
  readonly language: SellerCentralLanguage;
  /** False for languages written without spaces between words (ja, zh). */
  readonly spaced: boolean;
  /** Where the wording comes from, in one sentence. */
  readonly source: string;
  /** Account-level things a state can govern. */
  readonly subjects: {
    /** The seller / selling account itself (and "store", "shop" where sellers call it that). */
    readonly account: Terms;
    /** Selling privileges, the right to sell. */
    readonly privileges: Terms;
    /** Funds, payments, disbursements, payouts, transfers, balance. */
    readonly funds: Terms;
    /** What a seller proves: identity, business, bank account, tax details, documents. */
    readonly credentials: Terms;
  };
  /** Things below the account: a state cue that governs one of these is not an account state. */
  readonly items: Terms;
  /** Words that carry each state. */
  readonly cues: Readonly<Record<AccountState, Terms>>;
  /** Words that cancel a reading in their sentence. */
  readonly blockers: {
    /** "if", "in case", "wenn", "falls", "si", "もし": a possibility, not a fact. */
    readonly conditional: Terms;
    /** How-to, avoid, prevent, learn, tips: guidance about a state, not the state. */
    readonly guidance: Terms;
    /** Reinstated, released, lifted, restored, completed, resolved: the state is over. */
    readonly lifted: Terms;
    /** "not", "no longer", "nicht": right before a cue, it negates it. */
    readonly negation: Terms;
    /** "may", "might", "could", "kann": a warning at most, never the state itself. */
    readonly possibility: Terms;
  };
  /** Second-person words ("you", "your", "Ihr", "votre"): a notice addresses the seller. */
  readonly you: Terms;
  /** Words around the Account Health Rating (0-1000). */
  readonly rating: {
    /** The widget's label. The acronym "AHR" is read in every language. */
    readonly labels: Terms;
    readonly healthy: Terms;
    readonly atRisk: Terms;
    /** Red band: "Critical", "Unhealthy", earlier "Poor". */
    readonly critical: Terms;
  };
  /** How a notice says "by then" as a period from now (lib/deadlines/phrases.ts). */
  readonly deadlines: DeadlinePhrases;
}

/**
 * Each phrase holds `{n}` once, where the number stands; `*` ends a word's stem (`day*` reads day
 * and days); a space matches any space or none (Japanese and Chinese write none). Written as the
 * seller reads them: they are normalized like page text before matching. Dates written out need
 * nothing here: month names come from the browser (Intl).
 *
 * Only calendar periods: "5 business days" is left out on purpose, since counting it as calendar
 * days would promise the seller more time than they have.
 */
export interface DeadlinePhrases {
  readonly days: readonly string[];
  readonly hours: readonly string[];
}

export function termText(term: Term): string {
  return typeof term === 'string' ? term : term.text;
}
