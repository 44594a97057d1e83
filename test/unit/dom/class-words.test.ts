import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASIDE_CLASS_WORDS, COLOURS } from '@/lib/detect/ahr-widget.dom';
import { NOTICE_CLASS_WORDS, QUOTING_CLASS_WORDS } from '@/lib/detect/evidence.dom';
import { holdsClassWord } from '@/lib/dom/class-words';

/** The regular expressions the sets replaced: the sets must match exactly what these matched. */
const REPLACED: ReadonlyArray<readonly [string, ReadonlySet<string>, RegExp]> = [
  [
    'notice',
    NOTICE_CLASS_WORDS,
    /(?:^|[\s_-])(?:notices?|notifications?|messages?|status|statuses|banners?|warnings?|letters?|mails?)(?:$|[\s_-])/i,
  ],
  [
    'quoting',
    QUOTING_CLASS_WORDS,
    /(?:^|[\s_-])(?:help|helphub|news|forums?|community|learn|university|seller-?university|blog|article|tutorial|faq|resources?|knowledge|kb|announcements?|quote|citation)(?:$|[\s_-])/i,
  ],
  [
    'aside',
    ASIDE_CLASS_WORDS,
    /(?:^|[\s_-])(?:popover|tooltip|legend|scale|thresholds?|ranges?|explanation|description|help|hint|footnote|info-?text)(?:$|[\s_-])/i,
  ],
  [
    'critical',
    COLOURS[0]?.[1] as ReadonlySet<string>,
    /(?:^|[-_\s])(?:red|critical|danger|unhealthy|poor|bad|error)(?:$|[-_\s])/i,
  ],
  [
    'at-risk',
    COLOURS[1]?.[1] as ReadonlySet<string>,
    /(?:^|[-_\s])(?:orange|amber|yellow|warning|at-?risk|fair)(?:$|[-_\s])/i,
  ],
  ['healthy', COLOURS[2]?.[1] as ReadonlySet<string>, /(?:^|[-_\s])(?:green|healthy|good|success)(?:$|[-_\s])/i],
];

/** Pieces class names are made of: the sets' own words and their parts, near misses, every separator. */
function pieces(words: ReadonlySet<string>): string[] {
  const parts = [...words].flatMap((word) => [word, word.toUpperCase(), ...word.split('-'), `${word}x`, word.slice(1)]);
  return [...parts, 'a', 'kat', 'ahr', 'seller', 'info', 'text', 'at', 'risk', 'Help', 'ÄRGER', 'ıtem'];
}
const SEPARATORS = ['', ' ', '-', '_', '--', '\t', '\n', '\u00a0', '\u3000', ' - ', '.', ':'];

describe('class words as sets', () => {
  for (const [name, words, expression] of REPLACED) {
    it(`match exactly what the ${name} expression matched`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...pieces(words)), fc.constantFrom(...SEPARATORS)), { maxLength: 5 }),
          (parts) => {
            const value = parts.map(([piece, separator]) => piece + separator).join('');
            expect(holdsClassWord(value, words), value).toBe(expression.test(value));
          },
        ),
        { numRuns: 3000 },
      );
    });
  }

  it('reads Seller Central class names as words', () => {
    const aside = ASIDE_CLASS_WORDS;
    expect(holdsClassWord('ahr-status-orange', aside)).toBe(false); // "orange" holds "range"
    expect(holdsClassWord('kat-popover-content', aside)).toBe(true);
    expect(holdsClassWord('ahr-info-text', aside)).toBe(true);
    expect(holdsClassWord('ahr-info_text', aside)).toBe(false);
    expect(holdsClassWord('metric-card AT-RISK', COLOURS[1]?.[1] as ReadonlySet<string>)).toBe(true);
    expect(holdsClassWord('', aside)).toBe(false);
  });
});
