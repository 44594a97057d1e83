/**
 * Every language is written in its own words (issue #15): at most 3% of a language's texts on
 * all surfaces may read exactly as the English (a brand, "Status", "Chat"), the product's name
 * left out.
 */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { textPairs } from './surfaces';

const PRODUCT_NAME = 'Seller Central Companion';
const MAX_SHARE = 0.03;

describe.each(UI_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
  it(`reads like English in at most ${MAX_SHARE * 100}% of its texts`, () => {
    const pairs = textPairs(language).filter((pair) => pair.english !== PRODUCT_NAME);
    const same = pairs.filter((pair) => pair.text === pair.english);
    expect(pairs.length).toBeGreaterThan(700);
    expect(same.length / pairs.length, same.map((pair) => pair.path).join(', ')).toBeLessThanOrEqual(MAX_SHARE);
  });
});
