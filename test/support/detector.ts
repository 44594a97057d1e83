/** A detector that reads every Seller Central language, for tests that do not care which. */

import type { SellerPhrase } from '@/lib/account-state/user-phrases';
import { createDetector, type Detector } from '@/lib/detect/detector';
import type { PackedLexicon } from '@/lib/detect/lexicon';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { loadNoticeLexicons } from '@/lib/lang/notices';

/** Packed once: createDetector keeps each packed lexicon's built term sets, so detectors after the first are cheap. */
const PACKED = Object.values(await loadNoticeLexicons()).map(packLexicon);

/** Every language's packed lexicon, the same objects each time. */
export function packedLexicons(): readonly PackedLexicon[] {
  return PACKED;
}

export function allLanguagesDetector(sellerPhrases: readonly SellerPhrase[] = []): Detector {
  return createDetector(PACKED, sellerPhrases);
}
