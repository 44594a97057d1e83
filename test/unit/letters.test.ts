import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_BLOCKS, LETTERS, NUMBERS } from '@/lib/letters';

const inBlocks = (code: number) => LETTER_BLOCKS.some(([first, last]) => code >= first && code <= last);
/** Written as lib/letters.ts writes them: ASCII letters and digits as themselves. */
const hex = (code: number) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(code))
    ? String.fromCharCode(code)
    : `\\u${code.toString(16).padStart(4, '0')}`;

/** The ranges of code points in LETTER_BLOCKS that `pattern` matches, written as LETTERS is. */
function rangesOf(pattern: RegExp): string {
  let out = '';
  let start = -1;
  for (let code = 0; code <= 0x10000; code += 1) {
    const matches = code < 0x10000 && inBlocks(code) && pattern.test(String.fromCharCode(code));
    if (matches && start < 0) start = code;
    if (!matches && start >= 0) {
      const end = code - 1;
      out += end === start ? hex(start) : end === start + 1 ? hex(start) + hex(end) : `${hex(start)}-${hex(end)}`;
      start = -1;
    }
  }
  return out;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));
}

describe('letters as explicit ranges', () => {
  it('are exactly \\p{L} and \\p{N} within their blocks (on failure, paste the expected ranges into lib/letters.ts)', () => {
    expect(LETTERS).toBe(rangesOf(/\p{L}/u));
    expect(NUMBERS).toBe(rangesOf(/\p{N}/u));
  });

  it('classify every character of the lexicons and of every fixture page as \\p{L} and \\p{N} do', () => {
    const letter = new RegExp(`[${LETTERS}]`);
    const number = new RegExp(`[${NUMBERS}]`);
    const files = [
      ...filesUnder('lib/lang', /\.(?:ts|json)$/),
      ...filesUnder('test/fixtures/pages', /\.html$/),
      ...filesUnder('public/_locales', /\.json$/),
    ];
    expect(files.length).toBeGreaterThan(100);
    const differing = new Set<string>();
    for (const file of files) {
      for (const character of new Set(readFileSync(file, 'utf8'))) {
        if (character.length > 1) continue;
        if (letter.test(character) !== /\p{L}/u.test(character) || number.test(character) !== /\p{N}/u.test(character))
          differing.add(`${character} U+${character.codePointAt(0)?.toString(16)} in ${file}`);
      }
    }
    expect([...differing]).toEqual([]);
  });

  it('need no u flag: a letter outside the blocks reads as none, as documented', () => {
    for (const word of 'Kontoübersicht тест حساب アカウント 账户 계정'.split(' '))
      expect(new RegExp(`^[${LETTERS}]+$`).test(word)).toBe(true);
    expect(new RegExp(`[${LETTERS}]`).test('Δ')).toBe(false); // Greek: no Seller Central language
    expect(new RegExp(`^[${NUMBERS}]+$`).test('0123٤٥۶७๘９')).toBe(true);
  });
});
