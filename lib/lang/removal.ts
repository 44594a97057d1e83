/**
 * Every language's removal-order vocabulary (statuses, Amazon-initiated markers, column
 * headers), from lib/lang/<code>/removal.ts. The removal content script bundles all of them (a
 * table can be in any language the seller chose), but not which words a source confirms
 * (removal-confirmed.ts). No two languages give one word two meanings (statuses.test.ts), so
 * no reader depends on their order.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const REMOVAL_VOCABULARIES: readonly RemovalVocabulary[] = /* @__PURE__ */ Object.values(
  import.meta.glob<RemovalVocabulary>('./*/removal.ts', { eager: true, import: 'removal' }),
);
