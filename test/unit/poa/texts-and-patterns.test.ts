import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { compileFragments, expandClasses, POA_PATTERN_SETS } from '@/lib/poa/patterns';
import type { PoaPatternSet } from '@/lib/poa/patterns/types';
import { POA_TEXTS } from '@/lib/poa/text';
import { POA_RULES, POA_SECTION_IDS } from '@/lib/poa/types';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('Plan of Action texts', () => {
  it.each(UI_LANGUAGES)('%s has a heading and hint for every section', (language) => {
    const pack = POA_TEXTS[language];
    expect(pack.language).toBe(language);
    expect(Object.keys(pack.sections).sort()).toEqual([...POA_SECTION_IDS].sort());
    for (const id of POA_SECTION_IDS) {
      expect(pack.sections[id].heading.trim().length).toBeGreaterThan(3);
      expect(pack.sections[id].heading.length).toBeLessThanOrEqual(50);
      expect(pack.sections[id].hint.trim().length).toBeGreaterThan(10);
    }
  });

  it.each(UI_LANGUAGES)(
    '%s has a message and fix for every rule, with the same placeholders as English',
    (language) => {
      const pack = POA_TEXTS[language];
      expect(Object.keys(pack.rules).sort()).toEqual([...POA_RULES].sort());
      for (const rule of POA_RULES) {
        const { message, fix } = pack.rules[rule];
        expect(message.length).toBeGreaterThan(5);
        expect(fix.length).toBeGreaterThan(5);
        expect(message.length + fix.length).toBeLessThanOrEqual(260);
        expect(placeholders(message)).toEqual(placeholders(POA_TEXTS.en.rules[rule].message));
        expect(placeholders(fix)).toEqual(placeholders(POA_TEXTS.en.rules[rule].fix));
      }
      expect(placeholders(pack.lengthWithin)).toEqual(['limit', 'remaining', 'words']);
      expect(placeholders(pack.lengthOver)).toEqual(['limit', 'over', 'words']);
    },
  );
});

describe('Plan of Action phrase tables', () => {
  const categories = ['vague', 'specifics', 'blaming', 'emotional', 'future', 'done', 'issueTerms'] as const;

  it('exist for every UI language', () => {
    expect(POA_PATTERN_SETS.map((set) => set.language).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(POA_PATTERN_SETS.map((set) => [set.language, set] as const))(
    '%s: every fragment compiles on its own and never matches empty text',
    (_, set: PoaPatternSet) => {
      for (const category of categories) {
        expect(set[category].length).toBeGreaterThan(0);
        for (const fragment of set[category]) {
          const pattern = compileFragments([fragment]);
          expect(pattern.test(''), `${category}: ${fragment}`).toBe(false);
          expect(pattern.test('   '), `${category}: ${fragment}`).toBe(false);
        }
      }
    },
  );

  it('match whole words only, in lower-cased text', () => {
    const pattern = compileFragments(['unfair']);
    expect(pattern.test('this is unfair.')).toBe(true);
    pattern.lastIndex = 0;
    expect(pattern.test('unfairness')).toBe(false);
    pattern.lastIndex = 0;
    expect(compileFragments(['über']).test('drüber')).toBe(false);
    expect(compileFragments([String.raw`\p{L}+t`]).test('indført')).toBe(true);
  });

  it('are written in lower case, since the linter lower-cases the text instead of using the i flag', () => {
    for (const set of POA_PATTERN_SETS) {
      for (const category of categories) {
        for (const fragment of set[category]) {
          expect(fragment.replace(/\\p\{[LN]\}/g, ''), fragment).toBe(
            fragment.replace(/\\p\{[LN]\}/g, '').toLowerCase(),
          );
        }
      }
    }
  });

  it('rewrite letter and digit classes inside and outside brackets', () => {
    expect(expandClasses(String.raw`[\p{L}']+\p{N}\.`)).toBe(
      String.raw`[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f']+[0-9]\.`.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      ),
    );
  });
});
