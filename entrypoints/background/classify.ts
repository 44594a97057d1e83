import { type PageRating, ratingOnPage } from '@/lib/account-health/rating-on-page';
import { classify, evidenceOf } from '@/lib/detect/classify';
import { createDetector } from '@/lib/detect/detector';
import { EVIDENCE_LIMITS } from '@/lib/detect/limits';
import type { ClassifyRequest, ProtocolMap } from '@/lib/messaging';
import { isQuotingPage } from '@/lib/pages';
import { userPhrasesItem } from '@/lib/storage/items/account-state';
import { loadLexicons } from './lexicons';

export interface EvidenceReading {
  /** What the page is told: the verdict and which piece of evidence decided. */
  readonly answer: ReturnType<ProtocolMap['classifyEvidence']>;
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
  if (!detection) return { answer: null, rating };
  const source = evidenceOf(detection);
  return { answer: { detection, evidence: source ? read.indexOf(source) : -1 }, rating };
}

export async function classifyEvidence(request: ClassifyRequest): Promise<EvidenceReading['answer']> {
  return (await readEvidence(request)).answer;
}
