/**
 * The term matcher on its own, with hand-packed terms: word kinds (exact, stem, part, ending),
 * how far apart a term's words may be, the longest term at one place, and non-overlapping hits,
 * for spaced and unspaced (Japanese, Chinese) languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTerms } from '@/lib/detect/term-patterns';
import { type PackedTerms, spacedNonWords, termSet } from '@/lib/detect/terms';
import { LETTER_BLOCKS } from '@/lib/letters';

/** Terms as written, each word of a spaced term one entry; kept in the order given. */
function spaced(...terms: string[]): PackedTerms {
  return { terms, words: terms.map((t) => t.split(' ')) };
}

function unspaced(...terms: string[]): PackedTerms {
  return { terms, words: terms.map((t) => [t]) };
}

const found = (packed: PackedTerms, text: string, isSpaced = true) =>
  termSet(packed, isSpaced)
    .find(text)
    .map((hit) => [text.slice(hit.start, hit.end), hit.term]);

describe('spaced terms: word kinds', () => {
  it('an exact word matches that word only', () => {
    expect(found(spaced('hold'), 'on hold')).toEqual([['hold', 'hold']]);
    expect(found(spaced('hold'), 'holiday holds behold')).toEqual([]);
  });

  it('a stem matches words that start with it', () => {
    expect(found(spaced('deactivat*'), 'deactivated deactivation reactivated')).toEqual([
      ['deactivated', 'deactivat*'],
      ['deactivation', 'deactivat*'],
    ]);
  });

  it('an ending matches words that end with it, not words that only contain it', () => {
    expect(found(spaced('*konto'), 'salgskonto kontoen bankkontoen')).toEqual([['salgskonto', '*konto']]);
  });

  it('a part matches words that contain it anywhere', () => {
    expect(found(spaced('*konto*'), 'salgskontoen konto xyz')).toEqual([
      ['salgskontoen', '*konto*'],
      ['konto', '*konto*'],
    ]);
  });

  it('finds nothing without terms, and nothing in empty text', () => {
    expect(found({ terms: [], words: [] }, 'on hold')).toEqual([]);
    expect(found(spaced('hold'), '')).toEqual([]);
  });
});

describe("spaced terms: a term's words next to each other", () => {
  it('up to three characters apart (space, hyphen, apostrophe, slack)', () => {
    expect(found(spaced('on hold'), 'on hold')).toEqual([['on hold', 'on hold']]);
    expect(found(spaced('on hold'), 'on   hold')).toEqual([['on   hold', 'on hold']]);
    expect(found(spaced('on hold'), 'on    hold')).toEqual([]);
  });

  it('never across a clause mark', () => {
    expect(found(spaced('on hold'), 'on|hold')).toEqual([]);
    expect(found(spaced('on hold'), 'on |hold')).toEqual([]);
  });

  it('in order, each word by its own test', () => {
    expect(found(spaced('account deactivat*'), 'deactivated account')).toEqual([]);
    expect(found(spaced('account deactivat*'), 'account deactivated now')).toEqual([
      ['account deactivated', 'account deactivat*'],
    ]);
  });

  it('a term longer than the words left does not match', () => {
    expect(found(spaced('account on hold'), 'account on')).toEqual([]);
  });
});

describe('spaced terms: one hit per place', () => {
  it('the term reaching furthest wins, whichever order they come in', () => {
    for (const packed of [spaced('account', 'account on hold'), spaced('account on hold', 'account')])
      expect(found(packed, 'your account on hold')).toEqual([['account on hold', 'account on hold']]);
  });

  it('between terms ending on the same word the first one tried stays', () => {
    expect(found(spaced('account', 'accoun*'), 'account')).toEqual([['account', 'account']]);
    expect(found(spaced('accoun*', 'account'), 'account')).toEqual([['account', 'accoun*']]);
    // Terms that start with a letter are tried before endings and parts.
    expect(found(spaced('*count', 'account'), 'account')).toEqual([['account', 'account']]);
  });

  it('reading goes on after the last word of a hit, so hits never overlap', () => {
    expect(found(spaced('account on', 'on hold'), 'account on hold')).toEqual([['account on', 'account on']]);
    expect(found(spaced('on hold', 'hold'), 'on hold hold')).toEqual([
      ['on hold', 'on hold'],
      ['hold', 'hold'],
    ]);
  });

  it('packTerms puts the longest term first, so "selling account" beats "account"', () => {
    const packed = packTerms(['account', 'selling account'], true);
    expect(found(packed, 'your selling account')).toEqual([['selling account', 'selling account']]);
  });
});

describe('unspaced terms (Japanese, Chinese)', () => {
  it('finds a run anywhere, reporting the term as written', () => {
    expect(found(unspaced('停止'), 'アカウントが停止されました', false)).toEqual([['停止', '停止']]);
  });

  it('finds every occurrence', () => {
    expect(found(unspaced('停止'), '停止と停止', false)).toEqual([
      ['停止', '停止'],
      ['停止', '停止'],
    ]);
  });

  it('the longest run at one place wins, whichever order they come in', () => {
    for (const packed of [unspaced('アカウント', 'アカウント停止'), unspaced('アカウント停止', 'アカウント')])
      expect(found(packed, 'アカウント停止', false)).toEqual([['アカウント停止', 'アカウント停止']]);
  });

  it('hits never overlap; hits that only touch are both kept', () => {
    expect(found(unspaced('アカウント停止', '停止中'), 'アカウント停止中', false)).toEqual([
      ['アカウント停止', 'アカウント停止'],
    ]);
    expect(found(unspaced('アカウント', '停止'), 'アカウント停止', false)).toEqual([
      ['アカウント', 'アカウント'],
      ['停止', '停止'],
    ]);
  });

  it('a term with no characters is ignored', () => {
    expect(found({ terms: ['*', '停止'], words: [[''], ['停止']] }, '停止', false)).toEqual([['停止', '停止']]);
  });
});

describe('termSet', () => {
  it('answers the same whether built when asked or on first use', () => {
    const built = termSet(spaced('hold'), true);
    built.build();
    built.build();
    expect(built.find('on hold')).toEqual([{ start: 3, end: 7, term: 'hold' }]);
    expect(termSet(spaced('hold'), true).find('on hold')).toEqual(built.find('on hold'));
  });
});

describe('spacedNonWords: what is no letter or digit becomes a space, one for one', () => {
  // Letters and digits as lib/letters.ts defines them: Unicode's, in the blocks of the scripts Seller Central uses.
  const isKept = (unit: string) =>
    unit === '|' ||
    (/[\p{L}\p{N}]/u.test(unit) &&
      LETTER_BLOCKS.some(([first, last]) => unit.charCodeAt(0) >= first && unit.charCodeAt(0) <= last));
  const unicodeRule = (text: string) =>
    text
      .split('')
      .map((unit) => (isKept(unit) ? unit : ' '))
      .join('');

  it('takes its ASCII shortcut with the same result as the Unicode rule, for every ASCII text', () => {
    const everyAscii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(spacedNonWords(everyAscii)).toBe(unicodeRule(everyAscii));
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(spacedNonWords(text)).toBe(unicodeRule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps letters and digits of every script Seller Central uses, and clause marks, where the text is not ASCII', () => {
    const mixed = 'konto – gesperrt|معلق ١٢ 停止中。';
    expect(spacedNonWords(mixed)).toBe('konto   gesperrt|معلق ١٢ 停止中 ');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(spacedNonWords(text)).toBe(unicodeRule(text));
      }),
      { numRuns: 2000 },
    );
  });
});
