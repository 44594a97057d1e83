/**
 * Which languages' lexicons a page is read with: what `<html lang>` says, the marketplace's
 * default, the seller's own interface language, and English (Seller Central shows English on
 * every marketplace, and untranslated notices are English). Scripts seen on the page add the
 * languages written in them, for pages that do not say what they are written in.
 */
import { type SellerCentralLanguage, sellerCentralLanguageOf } from '@/lib/lang/languages';

export interface PageLanguageHints {
  readonly htmlLang?: string | null;
  /** The marketplace's languages: its default first (lib/marketplaces.ts). */
  readonly marketplaceLanguages?: readonly string[];
  readonly uiLanguage?: string | null;
}

export function pageLanguages(hints: PageLanguageHints): SellerCentralLanguage[] {
  const found = new Set<SellerCentralLanguage>();
  for (const tag of [hints.htmlLang, ...(hints.marketplaceLanguages ?? []), hints.uiLanguage, 'en']) {
    const language = sellerCentralLanguageOf(tag);
    if (language) found.add(language);
  }
  return [...found];
}

/** Writing systems that name their languages, as a bit set. */
export const SCRIPT = { han: 1, kana: 2, arabic: 4 } as const;
const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;
const ARABIC = /[\u0600-\u06ff]/;

export function scriptsIn(text: string): number {
  let scripts = 0;
  if (KANA.test(text)) scripts |= SCRIPT.kana;
  if (HAN.test(text)) scripts |= SCRIPT.han;
  if (ARABIC.test(text)) scripts |= SCRIPT.arabic;
  return scripts;
}

/** Languages written in the scripts seen: kana is Japanese; Han without kana may be Chinese or Japanese. */
export function languagesOfScripts(scripts: number): SellerCentralLanguage[] {
  const languages: SellerCentralLanguage[] = [];
  if (scripts & SCRIPT.kana) languages.push('ja');
  else if (scripts & SCRIPT.han) languages.push('zh', 'ja');
  if (scripts & SCRIPT.arabic) languages.push('ar');
  return [...new Set(languages)];
}
