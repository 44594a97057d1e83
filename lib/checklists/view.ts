/**
 * One checklist in one language, ready to render: definition and text joined, links resolved
 * to the seller's own marketplace host.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import { CHECKLISTS } from './definitions';
import { checklistLinkUrl } from './links';
import { CHECKLIST_TEXTS } from './text';
import type { ChecklistId, ChecklistItemDefinition, ChecklistItemText } from './types';

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

export function checklistView(id: ChecklistId, language: UiLanguage, host: string): ChecklistView {
  const text = CHECKLIST_TEXTS[language].checklists[id];
  const fallback = CHECKLIST_TEXTS.en.checklists[id];
  return {
    id,
    title: text.title,
    intro: text.intro,
    items: CHECKLISTS[id].items.map((item) => {
      // The validator guarantees every language has every item; English covers a gap regardless.
      const itemText = text.items[item.id] ?? fallback.items[item.id] ?? { title: item.id, why: '' };
      return { ...item, ...itemText, ...(item.link ? { url: checklistLinkUrl(host, item.link) } : {}) };
    }),
  };
}
