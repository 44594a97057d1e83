/**
 * UI strings come from public/_locales/<lang>/messages.json. With the language set to
 * "auto" the browser's own i18n picks the locale; with an explicit choice we read that
 * locale's messages.json from the extension package (never from the network).
 */
import type enMessages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
export const UI_LANGUAGES = ['en', 'da', 'sv', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
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
  return (key, ...substitutions) => {
    const text = getMessage(
      key,
      substitutions.map((_, index) => `\uE000${index}\uE001`),
    );
    if (!text) return key;
    return text.replace(/\uE000(\d)\uE001/g, (_, index: string) => String(substitutions[Number(index)]));
  };
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language "auto" means: the browser's UI language when we ship it, else English, which is
 * exactly the locale browser.i18n picks (default_locale is en), so dates and text always agree.
 */
export function resolveAutoLanguage(browserLanguage: string): UiLanguage {
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return isUiLanguage(base) ? base : 'en';
}
