import { classify, evidenceOf } from '@/lib/detect/classify';
import { createDetector } from '@/lib/detect/detector';
import { EVIDENCE_LIMITS } from '@/lib/detect/limits';
import type { ClassifyRequest, ProtocolMap } from '@/lib/messaging';
import { userPhrasesItem } from '@/lib/storage/items/account-state';
import { loadLexicons } from './lexicons';

/**
 * Reads a page's evidence in the worker, with the full lexicons of the page's languages and the
 * seller's own phrases: a content script sends the text it found and gets the verdict, so no
 * Seller Central page compiles or runs the reader (issue #14).
 */
export async function classifyEvidence({
  kind,
  languages,
  evidence,
}: ClassifyRequest): Promise<ReturnType<ProtocolMap['classifyEvidence']>> {
  const [lexicons, phrases] = await Promise.all([loadLexicons(languages), userPhrasesItem.get()]);
  const detector = createDetector(
    lexicons,
    phrases.map(({ language, state, text }) => ({ language, state, text })),
  );
  // What a collect call can find at most: more means the message did not come from one.
  const read = evidence.slice(0, EVIDENCE_LIMITS.maxEvidencePerCollect);
  const detection = classify(read, kind, detector);
  if (!detection) return null;
  const source = evidenceOf(detection);
  return { detection, evidence: source ? read.indexOf(source) : -1 };
}
