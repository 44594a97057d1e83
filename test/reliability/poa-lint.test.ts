/**
 * The Plan of Action linter under generated drafts: any text (or non-text) in any section, in
 * every UI language and word limit. Never throws; every finding points inside its own section,
 * never through the middle of a character, and is worded completely.
 */
import fc from 'fast-check';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { lintPoa, MAX_FINDINGS_PER_RULE, POA_WORD_LIMIT } from '@/lib/poa/lint';
import { POA_RULES, POA_SECTION_IDS, type PoaSectionId } from '@/lib/poa/types';
import { hostileString } from './arbitraries/text';
import { checkProperty } from './support/property';

const SUBJECT = 'poa-lint';
const SEVERITY_OF: Readonly<Record<string, string>> = {
  'missing-section': 'error',
  'short-section': 'info',
};

/** Words the rules react to in all four languages, plus markup, bidi overrides and emoji. */
const TRIGGERS = [
  'will',
  'we will improve quality control',
  'we have removed the listing',
  'already',
  'since 3 May',
  'unfair',
  "Amazon's fault",
  'the buyer lied',
  'være mere omhyggelige',
  'inte vårt fel',
  'Qualitätskontrolle verbessern',
  'seit dem 3. Mai',
  'vi kommer att förbättra',
  '!!',
  '?!',
  '3.5 kg',
  'e.g.',
  '\n',
  '\n\n',
  '.',
  '…',
  '’',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '$1',
  '\u202eevil',
  'مرحبا',
  '👨‍👩‍👧',
  '\ud83d',
  'İstanbul',
];

const sectionText = fc.oneof(
  fc
    .array(fc.oneof(hostileString(30), fc.constantFrom(...TRIGGERS)), { maxLength: 40 })
    .chain((parts) =>
      fc
        .array(fc.constantFrom(' ', '', '\n', '. '), { minLength: parts.length, maxLength: parts.length })
        .map((gaps) => parts.map((p, i) => p + (gaps[i] ?? '')).join('')),
    ),
  hostileString(400),
  fc.constantFrom('', '   ', '\n\t'),
);

/** What an untyped caller (a corrupt draft) may hand over instead of a string. */
const sectionValue = fc.oneof({ weight: 8, arbitrary: sectionText }, { weight: 1, arbitrary: fc.anything() });

const sections = fc.dictionary(fc.constantFrom<PoaSectionId>(...POA_SECTION_IDS), sectionValue) as fc.Arbitrary<
  Partial<Record<PoaSectionId, unknown>>
>;

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
/** An offset between the two halves of a surrogate pair would cut an emoji in two in the editor. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

describe('POA linter (generated)', () => {
  it('never throws; every finding is inside its section, whole, and fully worded', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'lintPoa never throws on any section values (any text, markup, bidi, lone surrogates, non-strings), any UI language and word limit; every span lies within its section (0 ≤ start ≤ end ≤ length) and never splits a surrogate pair; messages have no unfilled placeholder',
      },
      fc.property(
        sections,
        fc.constantFrom(...UI_LANGUAGES),
        fc.option(fc.integer({ min: 0, max: 2 * POA_WORD_LIMIT }), { nil: undefined }),
        (draft, language, wordLimit) => {
          const findings = lintPoa(draft, wordLimit === undefined ? { language } : { language, wordLimit });
          const perRule = new Map<string, number>();
          for (const finding of findings) {
            expect(POA_SECTION_IDS).toContain(finding.section);
            expect(POA_RULES).toContain(finding.rule);
            const raw = draft[finding.section];
            const text = typeof raw === 'string' ? raw : '';
            const { start, end } = finding.span;
            expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
            expect(0 <= start && start <= end && end <= text.length, JSON.stringify({ finding, text })).toBe(true);
            expect(splitsPair(text, start) || splitsPair(text, end), JSON.stringify({ finding, text })).toBe(false);
            expect(finding.message.length).toBeGreaterThan(0);
            expect(finding.message).not.toMatch(/\{(phrase|words|limit|over|section|remaining)\}/);
            expect(finding.fix).not.toMatch(/\{(phrase|words|limit|over|section|remaining)\}/);
            const expectedSeverity = SEVERITY_OF[finding.rule] ?? 'warning';
            expect(finding.severity).toBe(expectedSeverity);
            const key = `${finding.section}:${finding.rule}`;
            perRule.set(key, (perRule.get(key) ?? 0) + 1);
          }
          for (const count of perRule.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE);
          for (const id of POA_SECTION_IDS) {
            const raw = draft[id];
            const empty = typeof raw !== 'string' || raw.trim() === '';
            const missing = findings.some((f) => f.section === id && f.rule === 'missing-section');
            expect(missing).toBe(empty);
          }
        },
      ),
    );
  });

  it('gives the same findings for the same draft', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'lintPoa is deterministic: the same draft and language give the same findings (no state kept between calls)',
      },
      fc.property(sections, fc.constantFrom(...UI_LANGUAGES), (draft, language) => {
        expect(lintPoa(draft, { language })).toEqual(lintPoa(draft, { language }));
      }),
    );
  });
});
