import { type PageRating, ratingOnPage } from '@/lib/account-health/rating-on-page';
import { classify, type Detection, evidenceOf } from '@/lib/detect/classify';
import { createDetector } from '@/lib/detect/detector';
import { EVIDENCE_LIMITS } from '@/lib/detect/limits';
import type { ClassifyRequest } from '@/lib/messaging';
import { isQuotingPage } from '@/lib/pages';
import { userPhrasesItem } from '@/lib/storage/items/account-state';
import type { DecidingNotice } from './deadlines';
import { loadLexicons } from './lexicons';

export interface EvidenceReading {
  /** The verdict and which piece of evidence decided (the page is told this, with the deadline). */
  readonly answer: { readonly detection: Detection; readonly evidence: number } | null;
  /** The evidence that decided, where a notice's deadline is read, with the lexicons it was read with. */
  readonly notice: DecidingNotice;
  /** The Account Health Rating the evidence shows, for the rating's history. */
  readonly rating: PageRating;
}

/**
 * Reads a page's evidence in the worker, with the full lexicons of the page's languages and the
 * seller's own phrases: a content script sends the text it found and gets the verdict, so no
 * Seller Central page compiles or runs the reader (issue #14). The same reading yields the
 * rating the page shows (issue #18): the page sends nothing more for it.
 */
export async function readEvidence({ kind, languages, evidence }: ClassifyRequest): Promise<EvidenceReading> {
  const [lexicons, phrases] = await Promise.all([loadLexicons(languages), userPhrasesItem.get()]);
  const detector = createDetector(
    lexicons,
    phrases.map(({ language, state, text }) => ({ language, state, text })),
  );
  // What a collect call can find at most: more means the message did not come from one.
  const read = evidence.slice(0, EVIDENCE_LIMITS.maxEvidencePerCollect);
  // A help page quotes ratings ("a rating below 100 means…"): it shows no one's rating.
  const rating: PageRating = isQuotingPage(kind) ? { kind: 'none' } : ratingOnPage(read, detector.ratingWords);
  const detection = classify(read, kind, detector);
  if (!detection) return { answer: null, notice: { text: null, lexicons }, rating };
  const source = evidenceOf(detection);
  // A rating is not a notice: it states no deadline.
  const text = source && detection.source !== 'account-health-rating' ? source.text : null;
  return { answer: { detection, evidence: source ? read.indexOf(source) : -1 }, notice: { text, lexicons }, rating };
}

export async function classifyEvidence(request: ClassifyRequest): Promise<EvidenceReading['answer']> {
  return (await readEvidence(request)).answer;
}
