import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAnyText, normalizeText } from '@/lib/detect/normalize';

describe('normalizeText', () => {
  it.each([
    ['Your Amazon SELLER Account', 'your amazon seller account'],
    ['Überprüfung Ihres Kontos', 'uberprufung ihres kontos'],
    ['Straße', 'strasse'],
    ['Vérifiez votre identité', 'verifiez votre identite'],
    ['Ditt säljarkonto har inaktiverats', 'ditt saljarkonto har inaktiverats'],
    ['Wypłaty zostały wstrzymane', 'wyplaty zostaly wstrzymane'],
    ['Calificación del estado', 'calificacion del estado'],
    ['Øre Æble', 'ore aeble'],
  ])('folds case and diacritics: %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['Votre compte est en cours d’examen', "votre compte est en cours d'examen"],
    ['‘quoted’ and “double” «guillemets»', `'quoted' and "double" "guillemets"`],
    ['200–1,000 — 0−99', '200-1,000 - 0-99'],
  ])('makes typographic quotes and dashes ASCII: %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('collapses every kind of whitespace and trims', () => {
    expect(normalizeText('  Your\n\taccount\u00a0is\u3000under\r\nreview  ')).toBe('your account is under review');
  });

  it('removes zero-width, soft-hyphen and bidi control characters that could split a word', () => {
    expect(normalizeText('deacti\u200bvated')).toBe('deactivated');
    expect(normalizeText('de\u00adac\u2060ti\ufeffvated')).toBe('deactivated');
    expect(normalizeText('\u202eYour account\u202c has been \u2067deactivated\u2069')).toBe(
      'your account has been deactivated',
    );
  });

  it('keeps Japanese kana and kanji, voiced marks included', () => {
    expect(normalizeText('出品用アカウントが停止されました')).toBe('出品用アカウントが停止されました');
    expect(normalizeText('お振り込みは留保されます')).toBe('お振り込みは留保されます');
  });

  it('folds half-width katakana and full-width digits and Latin', () => {
    expect(normalizeText('ｱｶｳﾝﾄｶﾞ')).toBe('アカウントガ');
    expect(normalizeText('評価：１５０ ＡＨＲ')).toBe('評価:150 ahr');
  });

  it('drops a line break inside a Japanese sentence but keeps spaces between Latin words', () => {
    expect(normalizeText('出品用アカウント\nが停止されました')).toBe('出品用アカウントが停止されました');
    expect(normalizeText('Amazon\nでは 150 点')).toBe('amazon では 150 点');
    expect(normalizeText('account\nhas')).toBe('account has');
  });

  it('reads ASCII text by its shortcut exactly as by the full set of folds', () => {
    const ascii = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ09 `\'"-_.,:;!?()[]{}<>|/\\@#$%^&*+=~\t\n\r\v\f'), maxLength: 40 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
    );
    fc.assert(
      fc.property(ascii, (text) => {
        expect(normalizeText(text)).toBe(normalizeAnyText(text));
      }),
      { numRuns: 2000 },
    );
    expect(normalizeText('  Account `Health`\n\tRATING ')).toBe("account 'health' rating");
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});
