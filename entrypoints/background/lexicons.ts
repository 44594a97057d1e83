import { browser } from 'wxt/browser';
import type { PackedLexicon } from '@/lib/detect/lexicon';
import { isSellerCentralLanguage, type SellerCentralLanguage } from '@/lib/lang/languages';

/**
 * Notice lexicons, read from the files the build writes (`lexicons/<code>.json`, from
 * lib/lang/<code>/notices.ts): our own packaged files, not the network. The worker bundles none
 * of them and reads each language once per life: the same object each time, so its compiled
 * term sets (lib/detect/detector.ts) are built once too.
 */
export async function loadLexicons(languages: readonly string[]): Promise<PackedLexicon[]> {
  const wanted = [...new Set(languages)].filter(isSellerCentralLanguage).slice(0, 16);
  const loaded = await Promise.all(wanted.map((language) => lexiconOf(language).catch(() => null)));
  return loaded.filter((lexicon): lexicon is PackedLexicon => lexicon !== null);
}

const LOADED = new Map<SellerCentralLanguage, Promise<PackedLexicon>>();

function lexiconOf(language: SellerCentralLanguage): Promise<PackedLexicon> {
  let loading = LOADED.get(language);
  if (!loading) {
    loading = readLexicon(language);
    // A failed read is tried again next time, not remembered.
    loading.catch(() => LOADED.delete(language));
    LOADED.set(language, loading);
  }
  return loading;
}

async function readLexicon(language: SellerCentralLanguage): Promise<PackedLexicon> {
  const response = await fetch(browser.runtime.getURL(`/lexicons/${language}.json` as '/'));
  return (await response.json()) as PackedLexicon;
}
