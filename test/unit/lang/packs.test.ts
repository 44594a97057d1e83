/**
 * Adding a Seller Central language is adding its folder under lib/lang/ and its code to
 * SELLER_CENTRAL_LANGUAGES: the registries find the folder's files themselves. This holds the
 * folders and the list to each other, and each file to what the registries import from it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SUBJECT_WORDS } from '@/lib/lang/case-subjects';
import { CASE_WORDS } from '@/lib/lang/cases';
import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { loadNoticeLexicons } from '@/lib/lang/notices';
import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { CONFIRMED_REMOVAL_WORDS } from '@/lib/lang/removal-confirmed';
import { ROOT } from '../security/source-scan';

const LANG_DIR = join(ROOT, 'lib/lang');
/** Every file a language folder holds, and the names the registries import from it. */
const PACK_FILES: Readonly<Record<string, readonly string[]>> = {
  'notices.ts': ['notices'],
  'removal.ts': ['removal', 'removalConfirmed'],
  'cases.ts': ['cases'],
  'case-subjects.ts': ['caseSubjects'],
};

const folders = readdirSync(LANG_DIR).filter((name) => statSync(join(LANG_DIR, name)).isDirectory());
const packModules = import.meta.glob<Record<string, unknown>>('/lib/lang/*/*.ts', { eager: true });

describe('language packs', () => {
  it('have one folder per language in SELLER_CENTRAL_LANGUAGES, and no other', () => {
    expect([...folders].sort()).toEqual([...SELLER_CENTRAL_LANGUAGES].sort());
  });

  it.each(SELLER_CENTRAL_LANGUAGES)('%s holds every file, each exporting what the registries import', (language) => {
    expect(readdirSync(join(LANG_DIR, language)).sort()).toEqual(Object.keys(PACK_FILES).sort());
    for (const [file, names] of Object.entries(PACK_FILES)) {
      const module = packModules[`/lib/lang/${language}/${file}`];
      for (const name of names) expect(module?.[name], `${language}/${file}: ${name}`).toBeDefined();
    }
  });

  it('fill every registry', async () => {
    expect(Object.keys(await loadNoticeLexicons())).toEqual([...SELLER_CENTRAL_LANGUAGES]);
    expect(REMOVAL_VOCABULARIES.map((vocabulary) => vocabulary.language).sort()).toEqual(
      [...SELLER_CENTRAL_LANGUAGES].sort(),
    );
    expect(Object.keys(CONFIRMED_REMOVAL_WORDS).sort()).toEqual([...SELLER_CENTRAL_LANGUAGES].sort());
    expect(CASE_WORDS).toHaveLength(SELLER_CENTRAL_LANGUAGES.length);
    expect(CASE_SUBJECT_WORDS).toHaveLength(SELLER_CENTRAL_LANGUAGES.length);
    const lexicons = await loadNoticeLexicons();
    for (const language of SELLER_CENTRAL_LANGUAGES) expect(lexicons[language].language).toBe(language);
  });
});
