/**
 * Finds the case ID in whatever the seller pastes: "Case ID: 20424098481", a case URL, the
 * copied case summary, bare digits, in English, Danish, Swedish or German. Never throws.
 * No zod: this may run in the content script.
 */
import { escapeRegExp } from '@/lib/escape-regexp';
import { caseIdFromUrl } from '@/lib/pages';
import { CASE_ID_MAX_DIGITS, CASE_ID_MIN_DIGITS, type CaseIdWarning, caseIdWarning } from './case-id';
import { CASE_ID_LABELS } from './id-labels';

export type CaseIdProblem = 'empty' | 'non-digit' | 'too-short' | 'too-long' | 'several-ids';

export type ParsedCaseId =
  | { readonly ok: true; readonly id: string; readonly warning?: CaseIdWarning }
  | { readonly ok: false; readonly reason: CaseIdProblem; readonly candidates?: readonly string[] };

/** "case id" -> /case[\s_-]*id/; the bare "id" must not follow another word ("Order ID" is not a case). */
function labelSource(label: string): string {
  const body = label
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s_-]*');
  return label === 'id' ? `(?<![\\p{L}\\p{N}][\\s_-]{0,3})${body}` : body;
}

const LABELS = [...new Set(Object.values(CASE_ID_LABELS).flat())].sort((a, b) => b.length - a.length);
/** A label, an optional "no."/"nr."/":"/"#"/"=", then the token that follows it. */
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LABELS.map(labelSource).join('|')})(?![\\p{L}])` +
    `[\\s:#=.№\\u2013\\u2014-]{0,6}(?:(?:no|nr|number|nummer)\\.?[\\s:#]{0,3})?(\\p{N}[\\p{L}\\p{N}_-]*)`,
  'giu',
);
const URLS = /(?:https?:\/\/|(?<![\w.-])sellercentral[\w-]*\.amazon\.)[^\s<>"'`]+/gi;
/** Runs of letters and digits, joined by - _ . / so order IDs and dates stay one token. */
const TOKENS = /[\p{L}\p{N}]+(?:[-_./][\p{L}\p{N}]+)*/gu;
const DIGITS = /^[0-9]+$/;

function lengthProblem(digits: string): CaseIdProblem | null {
  if (digits.length < CASE_ID_MIN_DIGITS) return 'too-short';
  if (digits.length > CASE_ID_MAX_DIGITS) return 'too-long';
  return null;
}

function fromUrls(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(URLS)) {
    const raw = match[0].replace(/[).,;:!?\]]+$/, '');
    const id = caseIdFromUrl(/^https?:/i.test(raw) ? raw : `https://${raw}`);
    if (id) ids.push(id);
  }
  return ids;
}

/** The most telling problem among tokens that looked like an ID but were not one. */
function worstProblem(tokens: readonly string[]): CaseIdProblem | null {
  const problems = tokens.map((t) => (DIGITS.test(t) ? lengthProblem(t) : 'non-digit'));
  for (const problem of ['non-digit', 'too-long', 'too-short'] as const) if (problems.includes(problem)) return problem;
  return null;
}

function decide(ids: readonly string[]): ParsedCaseId {
  const distinct = [...new Set(ids)];
  if (distinct.length > 1) return { ok: false, reason: 'several-ids', candidates: distinct };
  const id = distinct[0] as string;
  const warning = caseIdWarning(id);
  return warning ? { ok: true, id, warning } : { ok: true, id };
}

/** Pasted text is a string; anything else (from an untyped caller) is read as text, or as empty. */
function asText(input: unknown): string {
  if (typeof input === 'string') return input;
  try {
    return String(input ?? '');
  } catch {
    return '';
  }
}

/**
 * Trust order: a case URL or a labelled number first; only when there is neither, a bare
 * number of case-ID length. Shorter numbers (dates, times, counts) are ignored as noise.
 */
export function parseCaseId(input: unknown): ParsedCaseId {
  const text = asText(input).normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };

  const labelled: string[] = [];
  for (const match of text.matchAll(LABELLED)) labelled.push((match[1] ?? '').replace(/[-_]+$/, ''));
  const trusted = [...fromUrls(text), ...labelled.filter((t) => DIGITS.test(t) && !lengthProblem(t))];
  if (trusted.length > 0) return decide(trusted);

  const tokens = [...text.matchAll(TOKENS)].map((m) => m[0]);
  const numbers = tokens.filter((t) => DIGITS.test(t));
  const plausible = numbers.filter((t) => !lengthProblem(t));
  if (plausible.length > 0) return decide(plausible);

  if (labelled.length > 0) return { ok: false, reason: worstProblem(labelled) ?? 'non-digit' };
  if (numbers.length > 0)
    return { ok: false, reason: numbers.some((n) => n.length > CASE_ID_MAX_DIGITS) ? 'too-long' : 'too-short' };
  return { ok: false, reason: 'non-digit' };
}
