/**
 * The Seller Central languages this extension reads. Adding one is adding its folder
 * (`lib/lang/<code>/`, one file per concern, see lib/lang/README.md) and its code here; a unit
 * test fails until the folder holds every concern.
 */
import { displayName } from '../i18n/display-names';
export const SELLER_CENTRAL_LANGUAGES = [
  'en',
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'pl',
  'sv',
  'ja',
  'zh',
  'pt',
  'tr',
  'ar',
] as const;

export type SellerCentralLanguage = (typeof SELLER_CENTRAL_LANGUAGES)[number];

export function isSellerCentralLanguage(value: string): value is SellerCentralLanguage {
  return (SELLER_CENTRAL_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The Seller Central language a BCP 47 tag names (`de-DE` -> de, `zh-Hans-CN` -> zh, `pt-BR` -> pt),
 * or null. Traditional Chinese is not Simplified: `zh-TW` and `zh-Hant` name no language we read.
 */
export function sellerCentralLanguageOf(tag: string | null | undefined): SellerCentralLanguage | null {
  const primary = primaryLanguageOf(tag);
  return primary !== null && isSellerCentralLanguage(primary) ? primary : null;
}

/**
 * A BCP 47 tag's language, lower case (`de-DE` -> de, `pt_BR` -> pt), or null for none. Traditional
 * Chinese is null: we read and write Simplified only.
 */
export function primaryLanguageOf(tag: string | null | undefined): string | null {
  const lower = tag?.trim().toLowerCase().replace(/_/g, '-') ?? '';
  const [primary = ''] = lower.split('-');
  if (primary === '' || (primary === 'zh' && /-(?:hant|tw|hk|mo)(?:-|$)/.test(lower))) return null;
  return primary;
}

/** A language's name in its own words ("Deutsch", "中文", "Dansk"), for pickers: the browser knows them all. */
export function languageName(language: string): string {
  const name = displayName(language, language, 'language');
  return name === language ? language : name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
