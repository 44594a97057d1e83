/**
 * Every text a seller reads, per UI language, paired with its English: the messages.json catalog
 * (popup, options, overlay, removal badges, cases and their notifications), the checklists and the
 * Plan of Action page (their functions called with sample values). For tests that hold all
 * surfaces to one rule: the glossary, and "written in its own words".
 */
import { CHECKLIST_TEXTS } from '@/lib/checklists/text';
import type { Glossary } from '@/lib/i18n/glossary/types';
import { packsByLanguage } from '@/lib/i18n/language-packs';
import { localeFolderOf, type UiLanguage } from '@/lib/i18n/translate';
import { POA_TEXTS } from '@/lib/poa/text';

type Catalog = Record<string, { message: string }>;
const files = import.meta.glob<Catalog>('/public/_locales/*/messages.json', { eager: true, import: 'default' });

/** The catalogs by locale folder (`pt_BR`, not `pt`). */
export const CATALOGS = Object.fromEntries(
  Object.entries(files).map(([path, catalog]) => [path.split('/').at(-2), catalog]),
) as Record<string, Catalog>;

export function catalogOf(language: UiLanguage): Catalog {
  return CATALOGS[localeFolderOf(language)] as Catalog;
}

export interface TextPair {
  /** Where the text lives, e.g. `messages:tabCases` or `checklists.hold.title`. */
  readonly path: string;
  readonly english: string;
  readonly text: string;
}

const SAMPLE_ARGUMENTS = [3, '123-4567890-1234567'] as const;

function pairsOf(english: unknown, localized: unknown, path: string, out: TextPair[]): void {
  if (typeof english === 'string') {
    if (typeof localized === 'string') out.push({ path, english, text: localized });
  } else if (typeof english === 'function') {
    if (typeof localized === 'function')
      out.push({
        path,
        english: String(english(...SAMPLE_ARGUMENTS)),
        text: String(localized(...SAMPLE_ARGUMENTS)),
      });
  } else if (english && typeof english === 'object' && localized && typeof localized === 'object') {
    for (const [key, value] of Object.entries(english))
      pairsOf(value, (localized as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
}

/** Fields that are codes, not text. */
const NOT_TEXT = /\.(language|locale)$/;

export function textPairs(language: UiLanguage): TextPair[] {
  const out: TextPair[] = [];
  const english = catalogOf('en');
  const catalog = catalogOf(language);
  for (const [key, { message }] of Object.entries(english))
    if (catalog[key]) out.push({ path: `messages:${key}`, english: message, text: catalog[key].message });
  pairsOf(CHECKLIST_TEXTS.en, CHECKLIST_TEXTS[language], 'checklists', out);
  pairsOf(POA_TEXTS.en, POA_TEXTS[language], 'poa', out);
  return out.filter((pair) => !NOT_TEXT.test(pair.path));
}

/** Each language's glossary (lib/i18n/glossary/<code>.ts), by code. */
export const GLOSSARIES = packsByLanguage(
  import.meta.glob<Glossary>(['/lib/i18n/glossary/*.ts', '!/lib/i18n/glossary/types.ts'], {
    eager: true,
    import: 'glossary',
  }),
);

/** True when the text uses the language's word for the concept. */
export function namesConcept(text: string, language: UiLanguage, concept: keyof Glossary): boolean {
  const entry = GLOSSARIES[language]?.[concept];
  return entry !== undefined && new RegExp(entry.forms).test(text.toLowerCase());
}
