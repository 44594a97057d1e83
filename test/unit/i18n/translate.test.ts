import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { textDirection } from '@/lib/i18n/direction';
import { inPageLanguage, isolatingValues } from '@/lib/i18n/load';
import { PAGE_KIND_LABEL } from '@/lib/i18n/page-kind-labels';
import { relativeTime, relativeTimeUntil } from '@/lib/i18n/relative-time';
import { storedItemLabel } from '@/lib/i18n/stored-item-label';
import {
  localeFolderOf,
  resolveAutoLanguage,
  substitute,
  translatorFromCatalog,
  translatorFromGetMessage,
  UI_LANGUAGES,
  type UiLanguage,
  uiLanguageOfTag,
} from '@/lib/i18n/translate';
import { PAGE_KINDS } from '@/lib/pages';
import { CATALOGS, catalogOf } from './surfaces';

const english = catalogOf('en');
const placeholders = (m: string) => [...m.matchAll(/\$([1-9])/g)].map((x) => x[1]).sort();
// The product's name is the same in every language on purpose.
const SAME_EVERYWHERE = new Set(['extName', 'popupHeading', 'tabStatus']);

describe.each(UI_LANGUAGES.filter((l) => l !== 'en'))('messages.json %s', (lang) => {
  const catalog = catalogOf(lang);

  it('has exactly the English keys', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps every placeholder and writes its own words', () => {
    for (const [key, { message }] of Object.entries(english)) {
      const translated = catalog[key]?.message ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(message));
      // A sentence is always translated; a short name may be the one sellers see ("Account Health"
      // in Danish, "SKU (optional)" in German): own-words.test.ts bounds those at 3%.
      if (!SAME_EVERYWHERE.has(key) && message.length > 40) expect(translated, key).not.toBe(message);
    }
  });
});

describe('messages', () => {
  it('ships exactly the UI languages', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(UI_LANGUAGES.map(localeFolderOf).sort());
  });

  it('no catalog holds what Chrome reads as a named placeholder: the extension would not load', () => {
    // "$1$3" is read as the placeholder "$1$", which no message defines: Chrome refuses the whole extension.
    for (const [folder, catalog] of Object.entries(CATALOGS))
      for (const [key, { message }] of Object.entries(catalog))
        expect(message, `${folder} ${key}`).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
  });

  it('keys are valid for browser.i18n and messages are non-empty', () => {
    for (const [key, value] of Object.entries(english)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(value.message.trim()).not.toBe('');
    }
  });

  it('the store description says the extension is not affiliated with Amazon, in every language', () => {
    const phrases: Record<UiLanguage, RegExp> = {
      en: /not affiliated with amazon/i,
      da: /ikke tilknyttet amazon/i,
      sv: /ingen koppling till amazon/i,
      de: /unabhängig von amazon/i,
      fr: /non affilié à amazon/i,
      it: /non affiliata ad amazon/i,
      es: /sin vínculo con amazon/i,
      nl: /niet gelieerd aan amazon/i,
      pl: /niepowiązane z amazon/i,
      ja: /amazonとは提携関係にありません/i,
      zh: /与 amazon 无隶属关系/i,
      pt: /sem vínculo com a amazon/i,
      tr: /amazon ile bağlantılı değildir/i,
      ar: /غير تابع لأمازون/,
    };
    for (const lang of UI_LANGUAGES) {
      const description = catalogOf(lang).extDescription?.message ?? '';
      expect(description).toMatch(phrases[lang] as RegExp);
      expect(description.length).toBeLessThanOrEqual(132);
    }
  });

  it('every page kind has a label', () => {
    for (const kind of PAGE_KINDS) expect(english[PAGE_KIND_LABEL[kind]], kind).toBeDefined();
  });
});

describe('translator', () => {
  it('substitutes $1…$9 and $$ like Chrome', () => {
    expect(substitute('$1 of $2 ($3%)', [1, 2, 50])).toBe('1 of 2 (50%)');
    expect(substitute('costs $$5 for $1', ['you'])).toBe('costs $5 for you');
    expect(substitute('missing $2', ['a'])).toBe('missing ');
  });

  it('falls back to English, then to the key', () => {
    const t = translatorFromCatalog({ tabCases: { message: 'Sager' } }, { tabStatus: { message: 'Status' } });
    expect(t('tabCases')).toBe('Sager');
    expect(t('tabStatus')).toBe('Status');
    expect(t('tabRemoval')).toBe('tabRemoval');
  });

  it('keeps substitutions exactly as given with the browser’s getMessage, which cuts them at NUL', () => {
    const messages: Record<string, string> = { backupKindCase: 'Case $1', storageUsage: '$1 of $2 bytes' };
    // What Chrome does: fills in $n, but stops each substitution at its first NUL character.
    const chromeGetMessage = (key: string, subs: string[] = []) =>
      messages[key] === undefined
        ? ''
        : substitute(
            messages[key],
            subs.map((sub) => sub.split('\u0000')[0] ?? ''),
          );
    const t = translatorFromGetMessage(chromeGetMessage);
    const hostile = '\u0000<scr\u0000ipt>$1 $$ \uE0000\uE001';
    expect(t('backupKindCase', hostile)).toBe(`Case ${hostile}`);
    expect(t('storageUsage', 3, '\uE0001\uE001')).toBe('3 of \uE0001\uE001 bytes');
    expect(t('tabStatus')).toBe('tabStatus');
  });

  it('asks the browser for each message once per number of values, whatever the values', () => {
    const messages: Record<string, string> = { tabCases: 'Cases', statusRating: 'Rating $1' };
    const getMessage = vi.fn((key: string, subs: string[] = []) =>
      messages[key] === undefined ? '' : substitute(messages[key], subs),
    );
    const t = translatorFromGetMessage(getMessage);
    expect([t('tabCases'), t('tabCases'), t('statusRating', 150), t('statusRating', 120)]).toEqual([
      'Cases',
      'Cases',
      'Rating 150',
      'Rating 120',
    ]);
    expect(t('tabStatus')).toBe('tabStatus');
    expect(t('tabStatus')).toBe('tabStatus');
    expect(getMessage).toHaveBeenCalledTimes(3);
  });

  it('resolves the browser language to one we ship', () => {
    expect(resolveAutoLanguage('sv-SE')).toBe('sv');
    expect(resolveAutoLanguage('de')).toBe('de');
    expect(resolveAutoLanguage('nb-NO')).toBe('en');
    expect(resolveAutoLanguage('fr-FR')).toBe('fr');
    expect(resolveAutoLanguage('fr-CA')).toBe('fr');
    expect(resolveAutoLanguage('ja')).toBe('ja');
    // As browser.i18n picks: we ship Brazil's Portuguese (pt_BR), so Portugal's gets English.
    expect(resolveAutoLanguage('pt-BR')).toBe('pt');
    expect(resolveAutoLanguage('pt_BR')).toBe('pt');
    expect(resolveAutoLanguage('pt-PT')).toBe('en');
    expect(resolveAutoLanguage('pt')).toBe('en');
    // Simplified Chinese (zh_CN) only: Taiwan's browser gets English, as browser.i18n gives it.
    expect(resolveAutoLanguage('zh-CN')).toBe('zh');
    expect(resolveAutoLanguage('zh-TW')).toBe('en');
    expect(resolveAutoLanguage('')).toBe('en');
  });

  it('reads the UI language a page is written in from its language tag', () => {
    expect(uiLanguageOfTag('fr-FR')).toBe('fr');
    expect(uiLanguageOfTag('pt-BR')).toBe('pt');
    expect(uiLanguageOfTag(' DE ')).toBe('de');
    expect(uiLanguageOfTag('ko-KR')).toBeNull();
    expect(uiLanguageOfTag('zh-CN')).toBe('zh');
    expect(uiLanguageOfTag('zh-Hans-CN')).toBe('zh');
    expect(uiLanguageOfTag('zh-TW')).toBeNull();
    expect(uiLanguageOfTag('zh-Hant')).toBeNull();
    expect(uiLanguageOfTag('')).toBeNull();
    expect(uiLanguageOfTag(null)).toBeNull();
  });

  it('formats relative times in the UI language', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(relativeTime(now - 2 * 3600_000, now, 'en')).toBe('2 hours ago');
    expect(relativeTime(now - 2 * 3600_000, now, 'sv')).toBe('för 2 timmar sedan');
    expect(relativeTime(now - 30_000, now, 'en')).toBe('30 seconds ago');
  });

  it('never speaks of a past event in the future tense, even when it is stamped after the clock was read', () => {
    const now = Date.UTC(2025, 0, 1);
    expect(relativeTime(now + 3_000, now, 'en')).toBe('now');
    expect(relativeTime(now + 29_000, now, 'de')).toBe('jetzt');
    expect(relativeTime(now, now, 'sv')).toBe('nu');
  });

  it('speaks of what is still to come in the future tense, and of a moment just past as now', () => {
    const now = Date.UTC(2025, 0, 1);
    expect(relativeTimeUntil(now + 2 * 86_400_000, now, 'en')).toBe('in 2 days');
    expect(relativeTimeUntil(now + 3 * 86_400_000, now, 'da')).toBe('om 3 dage');
    expect(relativeTimeUntil(now + 5 * 3600_000, now, 'de')).toBe('in 5 Stunden');
    expect(relativeTimeUntil(now - 3_000, now, 'sv')).toBe('nu');
  });
});

describe('stored item labels', () => {
  const t = translatorFromCatalog(english);
  it('name what a key holds in the seller words, with or without its area', () => {
    expect(storedItemLabel(t, 'sync:case:20424098481')).toBe('Case 20424098481');
    expect(storedItemLabel(t, 'local:caseRecord:20424098481')).toBe('Case 20424098481');
    expect(storedItemLabel(t, 'caseDetail:20424098481')).toBe('Notes and log of case 20424098481');
    expect(storedItemLabel(t, 'sync:settings')).toBe('Settings');
    expect(storedItemLabel(t, 'userPhrases')).toBe('Your own alert phrases');
    expect(storedItemLabel(t, 'local:somethingNew')).toBe('local:somethingNew');
  });
});

describe('in-page language', () => {
  it('is the pinned language, else the page’s own when we ship it, else the browser’s', () => {
    const browserLanguage = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    expect(inPageLanguage('sv', ['fr', 'en'])).toBe('sv');
    expect(inPageLanguage('auto', ['fr', 'en'])).toBe('fr');
    expect(inPageLanguage('auto', ['ko', 'pt-BR', 'en'])).toBe('pt');
    expect(inPageLanguage('auto', [])).toBe('de');
    browserLanguage.mockRestore();
  });
});

describe('text direction', () => {
  it('is right to left for Arabic only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-SA')).toBe('rtl');
    for (const language of UI_LANGUAGES.filter((code) => code !== 'ar')) expect(textDirection(language)).toBe('ltr');
  });

  it('isolates each value put into a right-to-left sentence, so an order ID keeps its order', () => {
    const t = translatorFromCatalog({ casesCaseHeading: { message: 'الحالة $1 ($2)' } });
    expect(isolatingValues(t, 'ar')('casesCaseHeading', '123-4567890-1234567', 'amazon.sa')).toBe(
      'الحالة \u2068123-4567890-1234567\u2069 (\u2068amazon.sa\u2069)',
    );
  });

  it('leaves the values of a left-to-right language as they are', () => {
    const t = translatorFromCatalog({ casesCaseHeading: { message: 'Case $1 ($2)' } });
    expect(isolatingValues(t, 'en')('casesCaseHeading', '123-4567890-1234567', 'amazon.de')).toBe(
      'Case 123-4567890-1234567 (amazon.de)',
    );
  });
});
