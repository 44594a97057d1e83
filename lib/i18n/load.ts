import { browser } from 'wxt/browser';
import type { LanguageSetting } from '@/lib/storage/items/settings';
import { textDirection } from './direction';
import {
  localeFolderOf,
  type MessageCatalog,
  resolveAutoLanguage,
  type Translate,
  translatorFromCatalog,
  translatorFromGetMessage,
  type UiLanguage,
  uiLanguageOfTag,
} from './translate';

export async function fetchCatalog(language: UiLanguage): Promise<MessageCatalog> {
  // Our own packaged file, read through the extension's URL: no network involved.
  const response = await fetch(browser.runtime.getURL(`/_locales/${localeFolderOf(language)}/messages.json` as '/'));
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
    return { language, t: isolatingValues(translatorFromGetMessage(getMessage), language) };
  }
  const english = await fetchCatalog('en');
  const catalog = language === 'en' ? english : await fetchCatalog(language).catch(() => english);
  return { language, t: isolatingValues(translatorFromCatalog(catalog, english), language) };
}

/**
 * In a right-to-left language each value put into a sentence (an order ID, a case number, a
 * date) is a bidirectional isolate (U+2068 … U+2069): "123-4567890-1234567" keeps its order
 * inside Arabic text instead of having its parts reordered around the hyphens.
 */
export function isolatingValues(t: Translate, language: UiLanguage): Translate {
  if (textDirection(language) === 'ltr') return t;
  return (key, ...values) => t(key, ...values.map((value) => `\u2068${value}\u2069`));
}

/** The UI language a setting means in this browser. */
export function resolveLanguage(setting: LanguageSetting): UiLanguage {
  return setting === 'auto' ? resolveAutoLanguage(browser.i18n.getUILanguage()) : setting;
}

/**
 * The language of text shown inside a Seller Central page (the overlay, removal badges, the case
 * page's save control): the seller's pinned choice, else with "auto" the page's own language when
 * we ship it (the overlay on sellercentral.amazon.fr speaks French in an English browser), else
 * the browser's.
 * `pageLanguages` come first-choice first: the page's `<html lang>`, then its marketplace's.
 */
export function inPageLanguage(setting: LanguageSetting, pageLanguages: readonly string[]): UiLanguage {
  if (setting !== 'auto') return setting;
  for (const tag of pageLanguages) {
    const language = uiLanguageOfTag(tag);
    if (language) return language;
  }
  return resolveLanguage('auto');
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
