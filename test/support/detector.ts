/** A detector that reads every Seller Central language, for tests that do not care which. */

import type { SellerPhrase } from '@/lib/account-state/user-phrases';
import { createDetector, type Detector } from '@/lib/detect/detector';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { loadNoticeLexicons } from '@/lib/lang/notices';

const LEXICONS = Object.values(await loadNoticeLexicons());

export function allLanguagesDetector(sellerPhrases: readonly SellerPhrase[] = []): Detector {
  return createDetector(LEXICONS.map(packLexicon), sellerPhrases);
}
