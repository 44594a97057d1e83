/**
 * Phrase matcher: the phrase tables plus the seller's own phrases, normalized once at build time,
 * then matched against normalized text by plain containment. A match lying wholly inside a
 * "not an account state" phrase (listing-level notices, conditionals, lifted holds) is ignored.
 */
import type { AccountState, PhraseLanguage, PhraseTable } from '@/lib/phrases/types';
import { isUnconfirmed, phraseText, STATES_BY_SEVERITY } from '@/lib/phrases/types';
import { type AhrVocabulary, compileAhrVocabulary, isAhrHeading } from './ahr';
import { normalizeText } from './normalize';
import { isInside, occurrences, type Span } from './text-search';

/** A phrase the seller added on the options page (synced), for wording Amazon changed. */
export interface SellerPhrase {
  readonly language: PhraseLanguage;
  readonly state: AccountState;
  readonly text: string;
}

export type PhraseSource = 'table' | 'seller';

export interface PhraseMatch {
  readonly state: AccountState;
  readonly language: PhraseLanguage;
  /** The phrase as written in its table or by the seller. */
  readonly phrase: string;
  readonly source: PhraseSource;
  readonly unconfirmed: boolean;
  /** Where it matched in the normalized text. */
  readonly index: number;
}

export interface Matcher {
  /** Matches in text that normalizeText already produced (normalize once, use for phrases and rating). */
  findInNormalized(normalized: string): PhraseMatch[];
  /** Convenience: normalizes, then matches. */
  find(text: string): PhraseMatch[];
  readonly ahr: AhrVocabulary;
  /** Whether a heading or header attribute names the Account Health Rating (evidence collection asks). */
  isAhrHeading(text: string): boolean;
}

/** Shortest normalized seller phrase we accept: shorter text would match almost any banner. */
export const SELLER_PHRASE_MIN_LENGTH = 3;
/** Longest seller phrase, in characters as typed; banners are matched by a telling fragment, not a page. */
export const SELLER_PHRASE_MAX_LENGTH = 200;

export type SellerPhraseProblem = 'empty' | 'too-short' | 'too-long';

/** Validation the options page shows before saving; the matcher also skips anything that fails it. */
export function sellerPhraseProblem(text: string): SellerPhraseProblem | null {
  if (text.length > SELLER_PHRASE_MAX_LENGTH) return 'too-long';
  const norm = normalizeText(text);
  if (norm.length === 0) return 'empty';
  if (norm.length < SELLER_PHRASE_MIN_LENGTH) return 'too-short';
  return null;
}

interface CompiledPhrase {
  readonly norm: string;
  readonly state: AccountState;
  readonly language: PhraseLanguage;
  readonly phrase: string;
  readonly source: PhraseSource;
  readonly unconfirmed: boolean;
}

function compileTables(tables: readonly PhraseTable[]): { phrases: CompiledPhrase[]; masks: string[] } {
  const phrases: CompiledPhrase[] = [];
  const masks: string[] = [];
  for (const table of tables) {
    for (const state of STATES_BY_SEVERITY) {
      for (const entry of table.states[state]) {
        const phrase = phraseText(entry);
        const norm = normalizeText(phrase);
        const unconfirmed = isUnconfirmed(entry);
        if (norm.length > 0)
          phrases.push({ norm, state, language: table.language, phrase, source: 'table', unconfirmed });
      }
    }
    for (const entry of table.notAccountState) {
      const norm = normalizeText(phraseText(entry));
      if (norm.length > 0) masks.push(norm);
    }
  }
  return { phrases, masks };
}

function compileSellerPhrases(sellerPhrases: readonly SellerPhrase[]): CompiledPhrase[] {
  const compiled: CompiledPhrase[] = [];
  for (const { language, state, text } of sellerPhrases) {
    if (sellerPhraseProblem(text) !== null || !STATES_BY_SEVERITY.includes(state)) continue;
    compiled.push({ norm: normalizeText(text), state, language, phrase: text, source: 'seller', unconfirmed: false });
  }
  return compiled;
}

/** One entry per (normalized text, state): the first table to list it names the language. */
function dedupe(phrases: readonly CompiledPhrase[]): CompiledPhrase[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = `${p.state}\u0000${p.norm}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function createMatcher(tables: readonly PhraseTable[], sellerPhrases: readonly SellerPhrase[] = []): Matcher {
  const fromTables = compileTables(tables);
  const phrases = dedupe([...fromTables.phrases, ...compileSellerPhrases(sellerPhrases)]);
  const masks = [...new Set(fromTables.masks)];
  const ahr = compileAhrVocabulary(tables);

  const findInNormalized = (normalized: string): PhraseMatch[] => {
    if (normalized.length === 0) return [];
    const maskSpans: Span[] = [];
    for (const mask of masks) maskSpans.push(...occurrences(normalized, mask));
    const matches: PhraseMatch[] = [];
    for (const p of phrases) {
      for (let at = normalized.indexOf(p.norm); at >= 0; at = normalized.indexOf(p.norm, at + 1)) {
        if (maskSpans.length > 0 && isInside({ start: at, end: at + p.norm.length }, maskSpans)) continue;
        const { state, language, phrase, source, unconfirmed } = p;
        matches.push({ state, language, phrase, source, unconfirmed, index: at });
        break;
      }
    }
    return matches;
  };

  return {
    findInNormalized,
    find: (text) => findInNormalized(normalizeText(text)),
    ahr,
    isAhrHeading: (text) => isAhrHeading(text, ahr),
  };
}
