import { UI_LANGUAGES, type UiLanguage } from '@/lib/i18n/translate';
import { lintPoa } from '@/lib/poa/lint';
import type { PoaFinding } from '@/lib/poa/types';
import type { LanguageSamples } from './samples/types';

/** One file per language, `samples/<code>.ts` exporting `<code>Samples`, written apart from the phrase tables. */
const files = import.meta.glob<Record<string, LanguageSamples>>('./samples/*.ts', { eager: true });
const SAMPLES = Object.fromEntries(
  Object.entries(files).flatMap(([path, module]) => {
    const language = path.split('/').at(-1)?.replace('.ts', '') ?? '';
    const samples = module[`${language}Samples`];
    return samples ? [[language, samples]] : [];
  }),
) as Record<UiLanguage, LanguageSamples>;

it('every UI language has its sample plans', () => {
  expect(Object.keys(SAMPLES).sort()).toEqual([...UI_LANGUAGES].sort());
});

const serious = (findings: PoaFinding[]) => findings.filter((finding) => finding.severity !== 'info');
const describeFindings = (findings: PoaFinding[]) => findings.map((f) => `${f.rule} in ${f.section}: ${f.message}`);

describe.each(Object.entries(SAMPLES) as Array<[UiLanguage, LanguageSamples]>)(
  'Plans of Action in %s',
  (language, samples) => {
    it('have at least 8 good and 8 bad examples, one bad example per rule', () => {
      expect(samples.good.length).toBeGreaterThanOrEqual(8);
      expect(samples.bad.length).toBeGreaterThanOrEqual(8);
      expect(new Set(samples.bad.map((sample) => sample.expected)).size).toBe(samples.bad.length);
    });

    it.each(samples.good.map((sample) => [sample.name, sample] as const))(
      'good: %s has no error or warning',
      (_, sample) => {
        expect(describeFindings(serious(lintPoa(sample.sections, { language })))).toEqual([]);
      },
    );

    it.each(samples.bad.map((sample) => [sample.name, sample] as const))('bad: %s', (_, sample) => {
      const findings = serious(lintPoa(sample.sections, { language }));
      expect([...new Set(findings.map((finding) => finding.rule))]).toEqual([sample.expected]);
      for (const finding of findings) {
        const text = sample.sections[finding.section];
        expect(finding.span.start).toBeGreaterThanOrEqual(0);
        expect(finding.span.end).toBeLessThanOrEqual(text.length);
        expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
      }
    });
  },
);
