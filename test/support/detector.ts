/** A detector that reads every Seller Central language, for tests that do not care which. */
import { createDetector, type Detector } from '@/lib/detect/detector';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import type { SellerPhrase } from '@/lib/detect/seller-phrases';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';

export function allLanguagesDetector(sellerPhrases: readonly SellerPhrase[] = []): Detector {
  return createDetector(Object.values(NOTICE_LEXICONS).map(packLexicon), sellerPhrases);
}
