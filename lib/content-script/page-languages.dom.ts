/**
 * The languages the Seller Central page in this frame is written in, first choice first: its
 * `<html lang>`, its marketplace's, English (lib/detect/page-languages.ts). Every content script
 * that asks the worker for lexicons or words in the page's language reads them here.
 */
import { pageLanguages } from '@/lib/detect/page-languages';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import { languagesOf, type Marketplace } from '@/lib/marketplaces';

export function languagesOfThisPage(marketplace: Marketplace): SellerCentralLanguage[] {
  return pageLanguages({
    htmlLang: document.documentElement.getAttribute('lang'),
    marketplaceLanguages: languagesOf(marketplace),
  });
}
