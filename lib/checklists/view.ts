/**
 * One checklist in one language, ready to render: definition and text joined, links resolved
 * to the seller's own marketplace.
 */
import type { MarketplaceCode } from '@/lib/marketplaces';
import { CHECKLISTS } from './definitions';
import { checklistLinkUrl } from './links';
import type { ChecklistId, ChecklistItemDefinition, ChecklistItemText, ChecklistLanguagePack } from './types';

export interface ChecklistItemView extends ChecklistItemDefinition, ChecklistItemText {
  /** Absolute Seller Central URL on the seller's host, when the item links to a page. */
  readonly url?: string;
}

export interface ChecklistView {
  readonly id: ChecklistId;
  readonly title: string;
  readonly intro: string;
  readonly items: readonly ChecklistItemView[];
}

/** `pack` is the language's text (lib/checklists/text/<lang>.ts, loaded with loadChecklistPack). */
export function checklistView(
  id: ChecklistId,
  pack: ChecklistLanguagePack,
  marketplace: MarketplaceCode,
): ChecklistView {
  const text = pack.checklists[id];
  return {
    id,
    title: text.title,
    intro: text.intro,
    items: CHECKLISTS[id].items.map((item) => {
      // The validator guarantees every language has every item; the id stands in regardless.
      const itemText = text.items[item.id] ?? { title: item.id, why: '' };
      return { ...item, ...itemText, ...(item.link ? { url: checklistLinkUrl(marketplace, item.link) } : {}) };
    }),
  };
}
