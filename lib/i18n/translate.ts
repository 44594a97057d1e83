/**
 * UI strings come from public/_locales/<lang>/messages.json. With the language set to
 * "auto" the browser's own i18n picks the locale; with an explicit choice we read that
 * locale's messages.json from the extension package (never from the network).
 */
import { primaryLanguageOf, SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import type enMessages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
/**
 * Every language Seller Central is shown in, and Danish: no Seller Central is in Danish, but
 * Danish sellers are many. Adding one: docs/ARCHITECTURE.md ("A UI language").
 */
export const UI_LANGUAGES = [...SELLER_CENTRAL_LANGUAGES, 'da'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Chrome's locale names where they are not the language's code: Seller Central's Portuguese is
 * Brazil's and its Chinese is Simplified, and Chrome knows no plain `pt` or `zh`.
 */
const REGIONAL_FOLDERS: Partial<Readonly<Record<UiLanguage, string>>> = { pt: 'pt_BR', zh: 'zh_CN' };

/** The language's `_locales` folder. */
export function localeFolderOf(language: UiLanguage): string {
  return REGIONAL_FOLDERS[language] ?? language;
}

export type MessageCatalog = Readonly<Record<string, { readonly message: string }>>;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/** Chrome's rules: `$1`…`$9` take substitutions, `$$` is a literal dollar sign. */
export function substitute(message: string, substitutions: ReadonlyArray<string | number>): string {
  return message.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : String(substitutions[Number(token) - 1] ?? ''),
  );
}

export function translatorFromCatalog(catalog: MessageCatalog, fallback?: MessageCatalog): Translate {
  return (key, ...substitutions) => {
    const entry = catalog[key] ?? fallback?.[key];
    return entry ? substitute(entry.message, substitutions) : key;
  };
}

/**
 * The browser's own i18n ("auto"). Chrome's getMessage cuts a substitution at its first NUL
 * character, and substitutions are often the seller's own text (a case title, a backup key). So
 * getMessage fills in private-use markers, and the real values replace them afterwards, exactly as
 * given: nothing cut, nothing re-read as a marker.
 */
export function translatorFromGetMessage(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  // With markers for values, a message depends only on its key and how many values it takes: each
  // is asked of the browser once per page. A native call per label was 120 of them for the
  // Status tab's 24 marketplaces (issue #14).
  const asked = new Map<string, string>();
  return (key, ...substitutions) => {
    const cacheKey = `${substitutions.length}:${key}`;
    let text = asked.get(cacheKey);
    if (text === undefined) {
      text = getMessage(
        key,
        substitutions.map((_, index) => `\uE000${index}\uE001`),
      );
      asked.set(cacheKey, text);
    }
    if (!text) return key;
    if (substitutions.length === 0) return text;
    return text.replace(/\uE000(\d)\uE001/g, (_, index: string) => String(substitutions[Number(index)]));
  };
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language "auto" means, picked the way browser.i18n picks its locale so that dates and
 * text always agree: the folder named by the browser's whole tag (`pt_BR`), else by its language
 * alone (`fr` for `fr-CA`), else English (default_locale). A Portuguese browser in Portugal gets
 * English, as browser.i18n gives it: we ship Brazil's Portuguese only.
 */
export function resolveAutoLanguage(browserLanguage: string): UiLanguage {
  const [base = '', region] = browserLanguage.toLowerCase().split(/[-_]/);
  const whole = region ? `${base}_${region.toUpperCase()}` : base;
  const byFolder = (folder: string) => UI_LANGUAGES.find((language) => localeFolderOf(language) === folder);
  return byFolder(whole) ?? byFolder(base) ?? 'en';
}

/**
 * The UI language a page's language tag names (`fr-FR` -> fr, `pt-BR` -> pt), or null: in-page
 * text set to "auto" speaks the Seller Central page's language. Any Portuguese page is Brazil's
 * Seller Central; a language we do not ship names none, Traditional Chinese included.
 */
export function uiLanguageOfTag(tag: string | null | undefined): UiLanguage | null {
  const language = primaryLanguageOf(tag);
  return language !== null && isUiLanguage(language) ? language : null;
}
