/**
 * Reads account states from a notice's meaning, not from memorized sentences.
 *
 * A notice is cut into sentences, and each sentence into clauses at commas, colons and
 * brackets. A state is read when a state cue (deactivat*, held, under review, risk, verify …)
 * governs an account-level subject (the account, selling privileges, funds, identity or bank
 * details) in that sentence: the nearest subject in the cue's own clause, or else the
 * sentence's first subject. Nothing is read when
 * - that subject is below the account (a listing, ASIN, offer, shipment, coupon …);
 * - the sentence is a condition or guidance ("if", "how to avoid", "wenn", "もし" …), or says the
 *   state is over (reinstated, released, resolved);
 * - a negation stands right before the cue ("not", "no longer");
 * - a possibility governs it ("may be asked to verify"): in an error or warning box a
 *   possible deactivation or hold reads as at-risk, elsewhere as nothing.
 * A risk cue absorbs the deactivation or hold cue it is about ("at risk of deactivation").
 * Informational boxes need the stronger form: the subject in the cue's own clause, close by.
 * A headline in an error or warning box may name the state without a subject ("Deactivation").
 */
import { type AccountState, STATES_BY_SEVERITY } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import { LETTERS, NUMBERS } from '@/lib/letters';
import type { CompiledLexicon, SubjectKind } from './lexicon';
import { SUBJECT_KINDS } from './lexicon';
import { INVISIBLE, normalizeText } from './normalize';
import { finish, type Steps } from './steps';
import type { TermHit, TermSet } from './terms';

/**
 * How loud the box that holds the text is. `notice`: a heading or notice card with no alert
 * styling on an account page; it must address the seller ("your account") in the strong form.
 */
export type Tone = 'error' | 'warning' | 'info' | 'success' | 'neutral' | 'notice';

export interface Segment {
  readonly text: string;
  /** A header attribute, a heading or an alert's title. */
  readonly headline: boolean;
}

export interface Reading {
  readonly state: AccountState;
  readonly language: SellerCentralLanguage;
  /** The sentence as the page shows it (whitespace folded), for the overlay's "why". */
  readonly quote: string;
  /** The lexicon terms that decided: the cue, then the subject when there was one. */
  readonly cues: readonly string[];
  /** True when the reading rests on a headline with no subject, or on a possibility. */
  readonly weak: boolean;
}

/** States a cue can put an account-level subject in. */
const GOVERNS: Readonly<Record<AccountState, readonly SubjectKind[]>> = {
  deactivated: ['account', 'privileges'],
  'on-hold': ['account', 'privileges', 'funds'],
  'under-review': ['account', 'privileges', 'funds'],
  'at-risk': ['account', 'privileges'],
  'verification-required': ['account', 'credentials', 'funds'],
};

/** Distances in words (spaced languages) or characters (Japanese, Chinese). */
const LIMITS = {
  spaced: { subject: 14, strongSubject: 7, negation: 3, possibility: 12, risk: 7 },
  unspaced: { subject: 40, strongSubject: 30, negation: 6, possibility: 16, risk: 14 },
} as const;

const MAX_SENTENCE_CHARS = 600;
/** The page's own languages come first in the list of lexicons: `<html lang>` and the marketplace's. */
const PRIMARY_LEXICONS = 2;
const QUESTION = /[?\u061f\uff1f]\s*["'\u201c\u201d\u00bb]?\s*$/u;
const MAX_SENTENCES = 80;
// A line break is no sentence break: in a page's text it is wrapping, rendered as a space.
const SENTENCE_BREAK = /(?<=[.!?])\s+|[;\u061f\u061b\u3002\uff01\uff1f\uff1b\u2022\u00b7|]+|(?<=[\u3002\uff01\uff1f])/u;
// Not the Japanese 、: it follows a topic as often as it ends a clause (アカウントは現在、…審査中).
const CLAUSE_MARKS = /[,\u060c\uff0c:\uff1a()[\]{}\uff08\uff09"\u201c\u201d\u00ab\u00bb]+/gu;
const CLAUSE_TOKEN = '|';
const NON_WORD = new RegExp(`[^${LETTERS}${NUMBERS}|]+`, 'g');

interface Prepared {
  /** The searchable form: words joined by spaces (clause marks as `|` words), or the normalized text. */
  readonly text: string;
  readonly spaced: boolean;
}

function prepare(normalized: string, spaced: boolean): Prepared {
  if (!spaced) return { text: normalized.replace(CLAUSE_MARKS, CLAUSE_TOKEN), spaced };
  const words = normalized.replace(CLAUSE_MARKS, ` ${CLAUSE_TOKEN} `).replace(NON_WORD, ' ').trim();
  return { text: words, spaced };
}

/** Position in words (spaced) or characters (unspaced), for distances. */
function positionOf(prepared: Prepared, index: number): number {
  if (!prepared.spaced) return index;
  let words = 0;
  for (let i = 0; i < index; i += 1) if (prepared.text.charCodeAt(i) === 32) words += 1;
  return words;
}

function clauseOf(prepared: Prepared, index: number): number {
  let clause = 0;
  for (let i = 0; i < index; i += 1) if (prepared.text[i] === CLAUSE_TOKEN) clause += 1;
  return clause;
}

interface Located extends TermHit {
  readonly at: number;
  readonly clause: number;
}

interface SubjectHit extends Located {
  readonly kind: SubjectKind | 'item';
}

function locate(prepared: Prepared, hits: readonly TermHit[]): Located[] {
  return hits.map((hit) => ({ ...hit, at: positionOf(prepared, hit.start), clause: clauseOf(prepared, hit.start) }));
}

/**
 * The subject a cue governs, in its own clause: the nearest one before it (the grammatical
 * subject in passive and SOV sentences), passing over proofs the cue cannot govern
 * ("transfers to your bank account are suspended": the transfers); else the nearest
 * after it ("we have deactivated your account"); else, with none in its clause, the sentence's
 * first subject. An item-level subject ends the search: the cue is about that item.
 */
function governedSubject(
  cue: Located,
  state: AccountState,
  subjects: readonly SubjectHit[],
  limit: number,
): SubjectHit | 'unfit' | null {
  const allowed = GOVERNS[state];
  const fits = (s: SubjectHit) => s.kind === 'item' || allowed.includes(s.kind);
  const inClause = subjects.filter((s) => s.clause === cue.clause && Math.abs(s.at - cue.at) <= limit);
  const before = inClause.filter((s) => s.start < cue.start).reverse();
  const after = inClause.filter((s) => s.start >= cue.start);
  // Only proofs (a bank account, an identity) are passed over: they are the modifiers here.
  const passable = (s: SubjectHit) => s.kind === 'credentials' && !allowed.includes('credentials');
  const found = before.find((s) => !passable(s)) ?? after.find((s) => !passable(s));
  if (found) return fits(found) ? found : 'unfit';
  const firstInClause = inClause[0];
  if (firstInClause) return fits(firstInClause) ? firstInClause : 'unfit';
  const first = subjects[0];
  if (!first || Math.abs(first.at - cue.at) > limit) return null;
  return fits(first) ? first : 'unfit';
}

/** Of two cue hits over the same words ("sospeso" in "in sospeso"), the longer one names the state. */
function longestCues<T extends Located>(hits: T[]): T[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
}

/** Of two subject hits over the same words ("compte" in "compte bancaire"), the longer one. */
function withoutOverlaps(hits: SubjectHit[]): SubjectHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SubjectHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/**
 * A hit within reach of the cue in its own clause (a later clause's "may" does not govern it).
 * A hit on the cue's own word counts (Turkish puts "not" and "may" on the verb: alınmadı,
 * kapatılabilir), unless it is only part of the cue ("no" in "no longer able to sell").
 */
function near(hits: readonly Located[], cue: Located, before: number, after: number): boolean {
  return hits.some(
    (hit) =>
      hit.clause === cue.clause &&
      hit.at <= cue.at + after &&
      hit.at >= cue.at - before &&
      !(hit.start >= cue.start && hit.end <= cue.end && hit.end - hit.start < cue.end - cue.start),
  );
}

export interface ReadOptions {
  readonly tone: Tone;
}

/** Every state one sentence shows in one language. */
function readSentence(
  sentence: string,
  normalized: string,
  lexicon: CompiledLexicon,
  headline: boolean,
  options: ReadOptions,
): Reading[] {
  const prepared = prepare(normalized, lexicon.spaced);
  const cueHits: Array<Located & { state: AccountState }> = [];
  // The rating's own label is no notice ("beoordeling accountstatus" holds a review word, and
  // "account health rating" an account).
  const labels = lexicon.rating.labels.find(prepared.text);
  const inLabel = (hit: TermHit) => labels.some((label) => hit.start < label.end && hit.end > label.start);
  for (const state of STATES_BY_SEVERITY) {
    for (const hit of locate(prepared, lexicon.cues[state].find(prepared.text)))
      if (!inLabel(hit)) cueHits.push({ ...hit, state });
  }
  if (cueHits.length === 0) return [];
  // A question ("Is your account at risk?", "Was bedeutet …?") asks; it never tells a state.
  if (QUESTION.test(sentence)) return [];
  const { blockers } = lexicon;
  if (blockers.guidance.find(prepared.text).length > 0) return [];
  const conditionals = locate(prepared, blockers.conditional.find(prepared.text));
  const negations = locate(prepared, blockers.negation.find(prepared.text));
  const limits = lexicon.spaced ? LIMITS.spaced : LIMITS.unspaced;
  // "Not resolved", "not approved": a negated end of the state is no end of it.
  const lifted = locate(prepared, blockers.lifted.find(prepared.text));
  if (lifted.some((hit) => !near(negations, hit, limits.negation, 0))) return [];
  const possibilities = locate(prepared, blockers.possibility.find(prepared.text));
  const you = lexicon.you.find(prepared.text);
  const subjects: SubjectHit[] = [];
  for (const kind of SUBJECT_KINDS) {
    for (const hit of locate(prepared, lexicon.subjects[kind].find(prepared.text)))
      if (!inLabel(hit)) subjects.push({ ...hit, kind });
  }
  for (const hit of locate(prepared, lexicon.items.find(prepared.text))) subjects.push({ ...hit, kind: 'item' });
  const governable = withoutOverlaps(subjects);
  const cues = longestCues(cueHits);

  const loud = options.tone === 'error' || options.tone === 'warning';
  const risks = cues.filter((cue) => cue.state === 'at-risk');
  const readings: Reading[] = [];
  for (const cue of cues) {
    // A condition before the cue makes the reading hypothetical ("if your account is deactivated").
    // In Japanese and Chinese the condition marker follows its clause (停止された場合), so there
    // any marker in the cue's clause counts.
    if (conditionals.some((c) => c.at <= cue.at || (!lexicon.spaced && c.clause === cue.clause))) continue;
    // A condition after it is a threat ("will be deactivated if you do not respond"): a risk.
    const threatened = lexicon.spaced && conditionals.some((c) => c.at > cue.at);
    // Negations sit before the cue in spaced languages and after it in Japanese and Chinese.
    const negated = lexicon.spaced
      ? near(negations, cue, limits.negation, 1)
      : near(negations, cue, limits.negation, limits.negation);
    if (negated) continue;
    let state = cue.state;
    let weak = false;
    // "At risk of deactivation", "läuft Gefahr, deaktiviert zu werden": the risk owns the cue.
    if (state !== 'at-risk' && risks.some((risk) => Math.abs(risk.at - cue.at) <= limits.risk)) continue;
    // "May" governs what follows it in its clause: "may ask sellers for documents to verify".
    const possible = lexicon.spaced
      ? near(possibilities, cue, limits.possibility, 1)
      : near(possibilities, cue, limits.possibility, limits.possibility);
    if (possible || (threatened && (state === 'deactivated' || state === 'on-hold'))) {
      if (!loud || (state !== 'deactivated' && state !== 'on-hold')) continue;
      state = 'at-risk';
      weak = true;
    }
    // A word cannot be its own subject: "reserve" alone is a heading about reserves, not a hold.
    const others = governable.filter((s) => !(s.start === cue.start && s.end === cue.end && s.term === cue.term));
    const governed = governedSubject(cue, cue.state, others, limits.subject);
    // A subject the cue cannot govern ("funds" for a deactivation word) is no licence to guess.
    if (governed === 'unfit' || governed?.kind === 'item') continue;
    const subject = governed;
    if (options.tone === 'notice' && you.length === 0) continue;
    if (!subject) {
      if (!headline || !loud) continue;
      weak = true;
    }
    if (options.tone === 'info' || options.tone === 'notice') {
      const strong = subject && subject.clause === cue.clause && Math.abs(subject.at - cue.at) <= limits.strongSubject;
      if (!strong || weak) continue;
    }
    readings.push({
      state,
      language: lexicon.language,
      quote: sentence,
      cues: subject ? [cue.term, subject.term] : [cue.term],
      weak,
    });
  }
  return readings;
}

/** Sentences of a segment as shown (whitespace folded), long ones cut. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(SENTENCE_BREAK)) {
    // Invisible characters go before whitespace is folded: \s counts U+FEFF as a space.
    const folded = piece.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    if (folded.length === 0) continue;
    sentences.push(folded.length > MAX_SENTENCE_CHARS ? folded.slice(0, MAX_SENTENCE_CHARS) : folded);
    if (sentences.length >= MAX_SENTENCES) break;
  }
  return sentences;
}

/** Lexicons that see a state cue in the sentence: most sentences of a page have none at all. */
function withCues(normalized: string, lexicons: readonly CompiledLexicon[]): CompiledLexicon[] {
  return lexicons.filter((lexicon) => {
    const text = prepare(normalized, lexicon.spaced).text;
    return lexicon.anyCue.find(text).length > 0;
  });
}

/**
 * The lexicon a sentence is written in: the one that recognizes most of its words. A Dutch
 * lexicon must not read an English sentence it only half understands ("deactivation" without
 * knowing "at risk of"). Candidates: the lexicons that see a cue, and the page's own languages
 * (the first `primary` lexicons), which may know the sentence better without a cue of theirs.
 * Ties go to the earlier lexicon.
 */
function bestFit(
  normalized: string,
  lexicons: readonly CompiledLexicon[],
  cued: readonly CompiledLexicon[],
): CompiledLexicon | null {
  const candidates = lexicons.filter((lexicon, i) => i < PRIMARY_LEXICONS || cued.includes(lexicon));
  if (candidates.length < 2) return candidates[0] ?? null;
  let best: CompiledLexicon | null = null;
  let bestScore = 0;
  for (const lexicon of candidates) {
    const text = prepare(normalized, lexicon.spaced).text;
    // What a notice is made of (cues, subjects) weighs more than words any page shows (items);
    // each term counts once, so one word repeated cannot outweigh a sentence's meaning.
    const distinct = (sets: readonly TermSet[]) =>
      new Set(sets.flatMap((set) => set.find(text).map((h) => h.term))).size;
    const score = 2 * distinct(meaningSets(lexicon)) + distinct(contextSets(lexicon));
    if (score > bestScore) {
      best = lexicon;
      bestScore = score;
    }
  }
  return best;
}

function meaningSets(lexicon: CompiledLexicon) {
  return [...Object.values(lexicon.subjects), ...Object.values(lexicon.cues)];
}

function contextSets(lexicon: CompiledLexicon) {
  return [lexicon.items, ...Object.values(lexicon.blockers), lexicon.you];
}

/**
 * Every state the segments show, each sentence read in the language that fits it best; one step
 * per sentence.
 */
export function* readNoticeSteps(
  segments: readonly Segment[],
  lexicons: readonly CompiledLexicon[],
  options: ReadOptions,
): Steps<Reading[]> {
  if (options.tone === 'success') return [];
  const readings: Reading[] = [];
  for (const segment of segments) {
    for (const sentence of sentencesOf(segment.text)) {
      yield;
      const normalized = normalizeText(sentence);
      if (normalized.length === 0) continue;
      const cued = withCues(normalized, lexicons);
      if (cued.length === 0) continue;
      const lexicon = bestFit(normalized, lexicons, cued);
      if (lexicon) readings.push(...readSentence(sentence, normalized, lexicon, segment.headline, options));
    }
  }
  return readings;
}

export function readNotice(
  segments: readonly Segment[],
  lexicons: readonly CompiledLexicon[],
  options: ReadOptions,
): Reading[] {
  return finish(readNoticeSteps(segments, lexicons, options));
}
