import { browser } from 'wxt/browser';
import type { LanguageSetting } from '@/lib/storage/items';
import {
  type MessageCatalog,
  resolveAutoLanguage,
  type Translate,
  translatorFromCatalog,
  type UiLanguage,
} from './translate';

async function fetchCatalog(language: UiLanguage): Promise<MessageCatalog> {
  // Our own packaged file, read through the extension's URL: no network involved.
  const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as '/'));
  return (await response.json()) as MessageCatalog;
}

export interface LoadedTranslator {
  readonly language: UiLanguage;
  readonly t: Translate;
}

/** Loads the chosen language with English behind it, so a missing string still reads. */
export async function loadTranslator(setting: LanguageSetting): Promise<LoadedTranslator> {
  const language = setting === 'auto' ? resolveAutoLanguage(browser.i18n.getUILanguage()) : setting;
  const english = await fetchCatalog('en');
  const catalog = language === 'en' ? english : await fetchCatalog(language).catch(() => english);
  return { language, t: translatorFromCatalog(catalog, english) };
}
