/** A detector that reads every Seller Central language, for tests that do not care which. */

import type { SellerPhrase } from '@/lib/account-state/user-phrases';
import { createDetector, type Detector } from '@/lib/detect/detector';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';

export function allLanguagesDetector(sellerPhrases: readonly SellerPhrase[] = []): Detector {
  return createDetector(Object.values(NOTICE_LEXICONS).map(packLexicon), sellerPhrases);
}
