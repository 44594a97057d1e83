/**
 * The plan as plain text for Amazon's appeal form: headings in the fixed section order, each
 * followed by its text. Empty sections are left out unless asked for; text is kept as typed
 * (only trailing whitespace and runs of blank lines are tidied).
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import { POA_TEXTS } from './text';
import { POA_SECTION_IDS, type PoaSectionId } from './types';

export interface PlainTextOptions {
  /** Write the heading of an empty section too (with nothing under it). */
  readonly includeEmpty?: boolean;
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function poaPlainText(
  sections: Partial<Record<PoaSectionId, unknown>>,
  language: UiLanguage,
  options: PlainTextOptions = {},
): string {
  const headings = POA_TEXTS[language].sections;
  const blocks: string[] = [];
  for (const id of POA_SECTION_IDS) {
    const value = sections[id];
    const text = typeof value === 'string' ? tidy(value) : '';
    if (text === '' && !options.includeEmpty) continue;
    blocks.push(text === '' ? headings[id].heading : `${headings[id].heading}\n${text}`);
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
