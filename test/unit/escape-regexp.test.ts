import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '@/lib/escape-regexp';

describe('escapeRegExp', () => {
  it('matches exactly the text it was given, with and without the u flag', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const flags of ['', 'u']) expect(new RegExp(`^${escapeRegExp(text)}$`, flags).test(text)).toBe(true);
      }),
    );
    expect(new RegExp(escapeRegExp('a.b'), 'u').test('axb')).toBe(false);
  });
});
