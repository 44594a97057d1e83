/**
 * Per language, the removal words a source we trust confirms (lib/lang/<code>/removal.ts,
 * `removalConfirmed`); every other word is best knowledge. Only the popup's quick check reads
 * it, so no content script ships it.
 */
import type { SellerCentralLanguage } from './languages';

const BY_PATH = import.meta.glob<readonly string[]>('./*/removal.ts', { eager: true, import: 'removalConfirmed' });

/** Keyed by the folder's name, which is the language code. */
export const CONFIRMED_REMOVAL_WORDS = /* @__PURE__ */ Object.fromEntries(
  Object.entries(BY_PATH).map(([path, words]) => [path.split('/')[1], words]),
) as Readonly<Record<SellerCentralLanguage, readonly string[]>>;
