import fc from 'fast-check';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { lintPoa, MAX_FINDINGS_PER_RULE, poaLength } from '@/lib/poa/lint';
import { POA_SECTION_IDS, type PoaSectionId } from '@/lib/poa/types';

const SEVERITIES = ['error', 'warning', 'info'];

/** Words the rules react to, so random text also exercises the matching paths. */
const TRIGGERS = [
  'will',
  'we have removed',
  'improve quality control',
  'unfair',
  "Amazon's fault",
  'være mere omhyggelige',
  'inte vårt fel',
  'Qualitätskontrolle verbessern',
  'seit dem 3. Mai',
  '!!',
  '3.5',
  '\n',
  '.',
  '’',
  '<script>alert(1)</script>',
  '\u202Eevil',
  'مرحبا',
  '👨‍👩‍👧',
];

const sectionText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...TRIGGERS)), { maxLength: 30 })
  .map((parts) => parts.join(' '));

const sectionsArbitrary = fc.record(
  Object.fromEntries(POA_SECTION_IDS.map((id) => [id, fc.oneof(sectionText, fc.constant(''))])) as Record<
    PoaSectionId,
    fc.Arbitrary<string>
  >,
);

function expectWellFormed(sections: Record<PoaSectionId, string>, language: (typeof UI_LANGUAGES)[number]) {
  const findings = lintPoa(sections, { language });
  for (const finding of findings) {
    expect(POA_SECTION_IDS).toContain(finding.section);
    expect(SEVERITIES).toContain(finding.severity);
    const text = sections[finding.section];
    expect(finding.span.start).toBeGreaterThanOrEqual(0);
    expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
    expect(finding.span.end).toBeLessThanOrEqual(text.length);
    expect(finding.message).not.toMatch(/\{\w+\}/);
    expect(finding.fix).not.toMatch(/\{\w+\}/);
  }
  return findings;
}

describe('linter robustness', () => {
  it('never throws and keeps every span inside its section, for any text', () => {
    fc.assert(
      fc.property(sectionsArbitrary, fc.constantFrom(...UI_LANGUAGES), (sections, language) => {
        expectWellFormed(sections, language);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a missing section exactly when the section has no visible text', () => {
    fc.assert(
      fc.property(sectionsArbitrary, (sections) => {
        const missing = lintPoa(sections, { language: 'en' })
          .filter((finding) => finding.rule === 'missing-section')
          .map((finding) => finding.section);
        expect(missing).toEqual(POA_SECTION_IDS.filter((id) => sections[id].trim() === ''));
      }),
      { numRuns: 100 },
    );
  });

  it('handles a 100 KB paste of emoji, right-to-left text and HTML, and keeps it whole', () => {
    const chunk = '<img src=x onerror=alert(1)> מוצר 👍🏽 نحن سوف. We will improve quality control!! \u202E';
    const paste = chunk.repeat(Math.ceil(100_000 / chunk.length));
    const sections = Object.fromEntries(POA_SECTION_IDS.map((id) => [id, id === 'root-cause' ? paste : 'x'])) as Record<
      PoaSectionId,
      string
    >;
    const findings = expectWellFormed(sections, 'en');
    expect(findings.some((finding) => finding.rule === 'too-long')).toBe(true);
    expect(findings.some((finding) => finding.rule === 'vague-promise')).toBe(true);
    expect(sections['root-cause'].length).toBeGreaterThanOrEqual(100_000);
    expect(poaLength(sections).words).toBeGreaterThan(POA_SECTION_IDS.length);
  });

  it('reports at most MAX_FINDINGS_PER_RULE findings of a rule per section', () => {
    const walls = 'We decided to be more careful. It is unfair. '.repeat(50);
    const findings = lintPoa({ acknowledgement: walls, evidence: walls }, { language: 'en' });
    for (const section of ['acknowledgement', 'evidence'] as const) {
      for (const rule of ['vague-promise', 'emotional'] as const) {
        const count = findings.filter((finding) => finding.section === section && finding.rule === rule).length;
        expect(count).toBe(MAX_FINDINGS_PER_RULE);
      }
    }
  });

  it('handles one 100 KB word and lone surrogates', () => {
    const sections = {
      acknowledgement: 'a'.repeat(100_000),
      'root-cause': '\uD800\uDC00\uD800 orders \uDFFF',
      'immediate-actions': '!'.repeat(10_000),
      'preventive-measures': '.'.repeat(10_000),
      evidence: '\n'.repeat(10_000),
    };
    expectWellFormed(sections, 'de');
  });
});
