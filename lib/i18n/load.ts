import { browser } from 'wxt/browser';
import type { LanguageSetting } from '@/lib/storage/items/settings';
import {
  type MessageCatalog,
  resolveAutoLanguage,
  type Translate,
  translatorFromCatalog,
  translatorFromGetMessage,
  type UiLanguage,
} from './translate';

export async function fetchCatalog(language: UiLanguage): Promise<MessageCatalog> {
  // Our own packaged file, read through the extension's URL: no network involved.
  const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as '/'));
  return (await response.json()) as MessageCatalog;
}

export interface LoadedTranslator {
  readonly language: UiLanguage;
  readonly t: Translate;
}

/**
 * "auto" is the browser's own i18n: no file to fetch, so the popup opens sooner. An explicit
 * choice loads that language's catalog with English behind it, so a missing string still reads.
 */
export async function loadTranslator(setting: LanguageSetting): Promise<LoadedTranslator> {
  const language = resolveLanguage(setting);
  if (setting === 'auto') {
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
    return { language, t: translatorFromGetMessage(getMessage) };
  }
  const english = await fetchCatalog('en');
  const catalog = language === 'en' ? english : await fetchCatalog(language).catch(() => english);
  return { language, t: translatorFromCatalog(catalog, english) };
}

/** The UI language a setting means in this browser. */
export function resolveLanguage(setting: LanguageSetting): UiLanguage {
  return setting === 'auto' ? resolveAutoLanguage(browser.i18n.getUILanguage()) : setting;
}

/** Messages whose keys start with `prefix`, in `language` with English behind: what one context needs, no more. */
export async function messagesWithPrefix(language: UiLanguage, prefix: string): Promise<Record<string, string>> {
  const english = await fetchCatalog('en');
  const chosen = language === 'en' ? english : await fetchCatalog(language).catch(() => english);
  const picked: Record<string, string> = {};
  for (const catalog of [english, chosen])
    for (const [key, entry] of Object.entries(catalog)) if (key.startsWith(prefix)) picked[key] = entry.message;
  return picked;
}
