/**
 * One word per concept in each language (issue #15): wherever the English names a concept
 * (removal order, disposal, Account Health, …), the translation uses the glossary's term, and
 * no surface uses a word the glossary rules out.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY_CONCEPTS, type Glossary, type GlossaryConcept } from '@/lib/i18n/glossary/types';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { GLOSSARIES, textPairs } from './surfaces';

const CONCEPTS = Object.keys(GLOSSARY_CONCEPTS) as GlossaryConcept[];

describe('glossaries', () => {
  it('exist for exactly the UI languages, each naming every concept', () => {
    expect(Object.keys(GLOSSARIES).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const [language, glossary] of Object.entries(GLOSSARIES))
      for (const concept of CONCEPTS) {
        const entry = glossary[concept];
        expect(entry?.term.trim(), `${language} ${concept}`).toBeTruthy();
        // The term itself is one of its forms: a glossary that rules out its own word is broken.
        expect(entry?.term.toLowerCase(), `${language} ${concept}`).toMatch(new RegExp(entry?.forms ?? '^$'));
      }
  });
});

describe.each(UI_LANGUAGES)('%s uses its glossary on every surface', (language) => {
  const glossary = GLOSSARIES[language] as Glossary;
  const pairs = textPairs(language);

  it.each(CONCEPTS)('%s', (concept) => {
    const english = new RegExp(GLOSSARY_CONCEPTS[concept], 'i');
    const { forms, avoid } = glossary[concept];
    const term = new RegExp(forms);
    const astray = pairs
      .filter((pair) => english.test(pair.english) && !term.test(pair.text.toLowerCase()))
      .map((pair) => `${pair.path}: ${pair.text}`);
    expect(astray, `texts naming "${concept}" without "${glossary[concept].term}"`).toEqual([]);
    const ruledOut = avoid.map((source) => new RegExp(source));
    const avoided = pairs
      .filter((pair) => ruledOut.some((word) => word.test(pair.text.toLowerCase())))
      .map((pair) => `${pair.path}: ${pair.text}`);
    expect(avoided, `texts using a word the glossary rules out for "${concept}"`).toEqual([]);
  });
});
