import { browser } from 'wxt/browser';
import type { PackedLexicon } from '@/lib/detect/lexicon';
import { isSellerCentralLanguage, type SellerCentralLanguage } from '@/lib/lang/languages';

/**
 * Notice lexicons, read from the files the build writes (`lexicons/<code>.json`, from
 * lib/lang/<code>/notices.ts): our own packaged files, not the network. The worker bundles none
 * of them, and a page gets only the languages it may be written in.
 */
export async function loadLexicons(languages: readonly string[]): Promise<PackedLexicon[]> {
  const wanted = [...new Set(languages)].filter(isSellerCentralLanguage).slice(0, 16);
  const loaded = await Promise.all(wanted.map((language) => loadLexicon(language).catch(() => null)));
  return loaded.filter((lexicon): lexicon is PackedLexicon => lexicon !== null);
}

async function loadLexicon(language: SellerCentralLanguage): Promise<PackedLexicon> {
  const response = await fetch(browser.runtime.getURL(`/lexicons/${language}.json` as '/'));
  return (await response.json()) as PackedLexicon;
}
