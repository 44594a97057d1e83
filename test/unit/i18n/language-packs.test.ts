import { describe, expect, it } from 'vitest';
import { packsByLanguage } from '@/lib/i18n/language-packs';
import { UI_LANGUAGES } from '@/lib/i18n/translate';

const every = Object.fromEntries(UI_LANGUAGES.map((code) => [`./${code}.ts`, `pack ${code}`]));

describe('packs by language, from the files of a folder', () => {
  it('keys each file by its code and leaves other files out', () => {
    const packs = packsByLanguage({ ...every, './types.ts': 'not a pack', './load.ts': 'nor this' });
    expect(Object.keys(packs).sort()).toEqual([...UI_LANGUAGES].sort());
    expect(packs.da).toBe('pack da');
  });

  it('names the language whose file is missing', () => {
    const { './tr.ts': _, ...withoutTurkish } = every;
    expect(() => packsByLanguage(withoutTurkish)).toThrow(/no language pack for tr/);
  });
});
