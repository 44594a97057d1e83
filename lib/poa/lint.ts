/**
 * The live Plan of Action linter. Pure and fast (a 10 KB draft in well under 50 ms): every
 * rule is a linear scan or a precompiled regular expression, nothing parses HTML, and text of
 * any kind (emoji, right-to-left, markup) is only ever read as characters.
 *
 * Rules, in the words Amazon's reviewers would use:
 * - missing-section (error): a part of the plan is empty.
 * - short-section (info): a part has fewer than SHORT_SECTION_WORDS words.
 * - too-long (warning): more than POA_WORD_LIMIT words in total, about one printed page;
 *   the span marks the words past the limit.
 * - vague-promise (warning): a promise such as "improve quality control" with no number, date,
 *   role, tool or frequency nearby, where nearby means in the same sentence.
 * - blaming / emotional (warning): the cause put on Amazon, buyers or carriers; angry or
 *   aggrieved wording.
 * - future-only (warning): a section about actions that speaks only in the future tense and
 *   shows no sign (past tense, present perfect, "already", "since") that anything is in place.
 * - duplicate-text (warning): the same sentence or text pasted into more than one section.
 * - repeated-sentence (warning): the same sentence more than once within one section (a paste
 *   repeated, a sentence written twice); reported once per sentence, with its count.
 * - generic-root-cause (warning): a root cause with no number and no named issue or metric.
 * - evidence-unnamed (warning): an Evidence section that names no document, record or number:
 *   reviewers look for what is attached.
 *
 * A rule reports at most MAX_FINDINGS_PER_RULE findings per section.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import { type CompiledPatternSet, compiledPatternSets } from './patterns';
import { planLanguages } from './plan-language';
import { POA_TEXTS } from './text';
import { comparable, countWords, forMatching, sentenceSpans, spanAt, wordSpans } from './text-tools';
import { POA_SECTION_IDS, type PoaFinding, type PoaRule, type PoaSectionId, type Severity, type Span } from './types';

/** About one printed page of plain text. */
export const POA_WORD_LIMIT = 550;
export const SHORT_SECTION_WORDS = 8;
/** Sentences shorter than this are too common ("Thank you.") to call a paste. */
const DUPLICATE_MIN_WORDS = 6;
/** Within one section even a short sentence said twice is a repetition ("We apologise again."). */
const REPEAT_MIN_WORDS = 3;
const PHRASE_QUOTE_MAX = 60;
/** A pasted wall of text should not bury the editor under thousands of identical notes. */
export const MAX_FINDINGS_PER_RULE = 20;

/** Sections about what was done; a plan there that is only future tense is not enough. */
const ACTION_SECTIONS: readonly PoaSectionId[] = ['immediate-actions', 'preventive-measures', 'evidence'];

const SEVERITY: Readonly<Record<PoaRule, Severity>> = {
  'missing-section': 'error',
  'short-section': 'info',
  'too-long': 'warning',
  'vague-promise': 'warning',
  blaming: 'warning',
  emotional: 'warning',
  'future-only': 'warning',
  'duplicate-text': 'warning',
  'repeated-sentence': 'warning',
  'generic-root-cause': 'warning',
  'evidence-unnamed': 'warning',
};

const ANY_DIGIT = /\p{N}/u;
/** "!!", "?!", "???": shouting in punctuation. */
const REPEATED_MARKS = /[!?！？]{2,}/g;

export interface LintOptions {
  /** Language of the messages and fixes (not of the plan: every supported language is checked). */
  readonly language: UiLanguage;
  readonly wordLimit?: number;
}

export interface PoaLength {
  readonly words: number;
  readonly limit: number;
  /** Words still available; 0 when over. */
  readonly remaining: number;
  /** Words past the limit; 0 when within. */
  readonly over: number;
}

function sectionText(sections: Partial<Record<PoaSectionId, unknown>>, id: PoaSectionId): string {
  const value = sections[id];
  return typeof value === 'string' ? value : '';
}

export function poaLength(sections: Partial<Record<PoaSectionId, unknown>>, limit = POA_WORD_LIMIT): PoaLength {
  const words = POA_SECTION_IDS.reduce((sum, id) => sum + countWords(sectionText(sections, id)), 0);
  return { words, limit, remaining: Math.max(0, limit - words), over: Math.max(0, words - limit) };
}

/** The length meter in the UI language, e.g. "412 of 550 words, 138 left". */
export function lengthMeter(length: PoaLength, language: UiLanguage): string {
  const pack = POA_TEXTS[language];
  return fill(length.over > 0 ? pack.lengthOver : pack.lengthWithin, { ...length });
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PHRASE_QUOTE_MAX ? `${flat.slice(0, PHRASE_QUOTE_MAX - 1)}…` : flat;
}

function trimmedSpan(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}

interface SectionScan {
  readonly id: PoaSectionId;
  readonly text: string;
  /** Same length as text; typographic apostrophes unified for matching. */
  readonly matchable: string;
  readonly sentences: readonly Span[];
  readonly words: readonly Span[];
  /** Words as the length meter counts them (countWords): unspaced Japanese or Chinese included. */
  readonly wordCount: number;
}

class FindingCollector {
  readonly findings: PoaFinding[] = [];
  constructor(private readonly language: UiLanguage) {}

  add(rule: PoaRule, section: PoaSectionId, span: Span, values: Readonly<Record<string, string | number>> = {}) {
    const text = POA_TEXTS[this.language].rules[rule];
    this.findings.push({
      rule,
      severity: SEVERITY[rule],
      section,
      span,
      message: fill(text.message, values),
      fix: fill(text.fix, values),
    });
  }
}

interface Candidate extends Span {
  readonly set: CompiledPatternSet;
}

function matchesIn(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Matches of one table in every language, in text order, overlapping ones dropped (first wins). */
function candidates(
  sets: readonly CompiledPatternSet[],
  table: 'vague' | 'blaming' | 'emotional',
  text: string,
): Candidate[] {
  const all = sets.flatMap((set) => matchesIn(set[table], text).map((span) => ({ ...span, set })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let reach = -1;
  for (const candidate of all) {
    if (candidate.start < reach) continue;
    kept.push(candidate);
    reach = candidate.end;
  }
  return kept;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

function checkVague(scan: SectionScan, sets: readonly CompiledPatternSet[], out: FindingCollector): void {
  // Whether a sentence is specific depends on the language the promise is written in.
  const specificCache = new Map<string, boolean>();
  let reported = 0;
  for (const candidate of candidates(sets, 'vague', scan.matchable)) {
    const sentence = spanAt(scan.sentences, candidate.start) ?? candidate;
    const key = `${candidate.set.language}:${sentence.start}`;
    let specific = specificCache.get(key);
    if (specific === undefined) {
      const sentenceText = scan.matchable.slice(sentence.start, sentence.end);
      specific = ANY_DIGIT.test(sentenceText) || test(candidate.set.specifics, sentenceText);
      specificCache.set(key, specific);
    }
    if (specific) continue;
    out.add('vague-promise', scan.id, candidate, { phrase: quote(scan.text.slice(candidate.start, candidate.end)) });
    reported += 1;
    if (reported >= MAX_FINDINGS_PER_RULE) return;
  }
}

function checkTone(scan: SectionScan, sets: readonly CompiledPatternSet[], out: FindingCollector): void {
  for (const rule of ['blaming', 'emotional'] as const) {
    const found: Span[] = candidates(sets, rule, scan.matchable);
    if (rule === 'emotional') {
      found.push(...matchesIn(REPEATED_MARKS, scan.matchable));
      found.sort((a, b) => a.start - b.start);
    }
    for (const span of found.slice(0, MAX_FINDINGS_PER_RULE)) {
      out.add(
        rule,
        scan.id,
        { start: span.start, end: span.end },
        { phrase: quote(scan.text.slice(span.start, span.end)) },
      );
    }
  }
}

function checkFutureOnly(scan: SectionScan, sets: readonly CompiledPatternSet[], out: FindingCollector): void {
  if (!ACTION_SECTIONS.includes(scan.id)) return;
  if (sets.some((set) => test(set.done, scan.matchable))) return;
  let first: Span | null = null;
  for (const set of sets) {
    set.future.lastIndex = 0;
    const match = set.future.exec(scan.matchable);
    set.future.lastIndex = 0;
    if (match && (first === null || match.index < first.start)) {
      first = { start: match.index, end: match.index + match[0].length };
    }
  }
  if (first) out.add('future-only', scan.id, spanAt(scan.sentences, first.start) ?? first);
}

function checkGenericRootCause(scan: SectionScan, sets: readonly CompiledPatternSet[], out: FindingCollector): void {
  if (scan.id !== 'root-cause') return;
  if (ANY_DIGIT.test(scan.text)) return;
  if (sets.some((set) => test(set.issueTerms, scan.matchable))) return;
  out.add('generic-root-cause', scan.id, trimmedSpan(scan.text));
}

function checkEvidenceNamed(scan: SectionScan, sets: readonly CompiledPatternSet[], out: FindingCollector): void {
  if (scan.id !== 'evidence') return;
  if (ANY_DIGIT.test(scan.text)) return;
  if (sets.some((set) => test(set.evidenceTerms, scan.matchable))) return;
  out.add('evidence-unnamed', scan.id, trimmedSpan(scan.text));
}

/** The same sentence more than once in one section: the first repeat of each is marked, with the count. */
function checkRepeats(scan: SectionScan, out: FindingCollector): void {
  const seen = new Map<string, { count: number; repeat: Span | null }>();
  for (const sentence of scan.sentences) {
    const sentenceText = scan.text.slice(sentence.start, sentence.end);
    if (countWords(sentenceText) < REPEAT_MIN_WORDS) continue;
    const key = comparable(sentenceText);
    const entry = seen.get(key);
    if (entry === undefined) seen.set(key, { count: 1, repeat: null });
    else {
      entry.count += 1;
      entry.repeat ??= sentence;
    }
  }
  let reported = 0;
  for (const { count, repeat } of seen.values()) {
    if (!repeat) continue;
    out.add('repeated-sentence', scan.id, repeat, { count });
    reported += 1;
    if (reported >= MAX_FINDINGS_PER_RULE) return;
  }
}

function checkDuplicates(scans: readonly SectionScan[], language: UiLanguage, out: FindingCollector): void {
  const headings = POA_TEXTS[language].sections;
  const firstSeen = new Map<string, PoaSectionId>();
  const wholeSeen = new Map<string, PoaSectionId>();
  for (const scan of scans) {
    const whole = comparable(scan.text);
    const earlierWhole = wholeSeen.get(whole);
    if (earlierWhole) {
      out.add('duplicate-text', scan.id, trimmedSpan(scan.text), { section: headings[earlierWhole].heading });
      continue;
    }
    wholeSeen.set(whole, scan.id);
    const reported = new Set<string>();
    for (const sentence of scan.sentences) {
      const sentenceText = scan.text.slice(sentence.start, sentence.end);
      if (countWords(sentenceText) < DUPLICATE_MIN_WORDS) continue;
      const key = comparable(sentenceText);
      const earlier = firstSeen.get(key);
      if (earlier === undefined) firstSeen.set(key, scan.id);
      else if (earlier !== scan.id && !reported.has(key) && reported.size < MAX_FINDINGS_PER_RULE) {
        reported.add(key);
        out.add('duplicate-text', scan.id, sentence, { section: headings[earlier].heading });
      }
    }
  }
}

/**
 * Counted as the length meter counts (poaLength): a spaced word is one, a run of Japanese or
 * Chinese is its characters over two, so a plan written without spaces can be too long too.
 */
function checkLength(scans: readonly SectionScan[], limit: number, out: FindingCollector): void {
  const total = scans.reduce((sum, scan) => sum + scan.wordCount, 0);
  if (total <= limit) return;
  let counted = 0;
  // Only the section that crosses the limit is counted word by word, to find where it does.
  const crossing = scans.find((scan) => {
    counted += scan.wordCount;
    return counted > limit;
  });
  if (!crossing) return;
  let before = counted - crossing.wordCount;
  const firstOver = crossing.words.find((span) => {
    before += countWords(crossing.text.slice(span.start, span.end));
    return before > limit;
  });
  const lastWord = crossing.words.at(-1);
  if (firstOver && lastWord)
    out.add(
      'too-long',
      crossing.id,
      { start: firstOver.start, end: lastWord.end },
      { words: total, limit, over: total - limit },
    );
}

const SECTION_ORDER = new Map(POA_SECTION_IDS.map((id, index) => [id, index]));

export function lintPoa(sections: Partial<Record<PoaSectionId, unknown>>, options: LintOptions): PoaFinding[] {
  const { language } = options;
  const limit = options.wordLimit ?? POA_WORD_LIMIT;
  const out = new FindingCollector(language);
  const headings = POA_TEXTS[language].sections;

  const scans: SectionScan[] = [];
  for (const id of POA_SECTION_IDS) {
    const text = sectionText(sections, id);
    if (text.trim() === '') {
      out.add('missing-section', id, { start: 0, end: text.length }, { section: headings[id].heading });
      continue;
    }
    const scan: SectionScan = {
      id,
      text,
      matchable: forMatching(text),
      sentences: sentenceSpans(text),
      words: wordSpans(text),
      wordCount: countWords(text),
    };
    scans.push(scan);
    // Each section against the tables of the languages it is written in (plan-language.ts); one
    // too short to tell against every language's.
    const sets = compiledPatternSets(planLanguages(text));
    // Counted as the meter counts: a Japanese paragraph has no spaces, but it has words.
    if (scan.wordCount < SHORT_SECTION_WORDS) {
      out.add('short-section', id, trimmedSpan(text), { words: scan.wordCount });
    }
    checkVague(scan, sets, out);
    checkTone(scan, sets, out);
    checkFutureOnly(scan, sets, out);
    checkGenericRootCause(scan, sets, out);
    checkEvidenceNamed(scan, sets, out);
    checkRepeats(scan, out);
  }
  checkDuplicates(scans, language, out);
  checkLength(scans, limit, out);

  return out.findings.sort(
    (a, b) => (SECTION_ORDER.get(a.section) ?? 0) - (SECTION_ORDER.get(b.section) ?? 0) || a.span.start - b.span.start,
  );
}
