import { quickCheck, statusChoices } from '@/lib/removal/quick-check';

describe('quick check', () => {
  it('answers with the verdict and the language the word came from', () => {
    const result = quickCheck(' väntande ');
    expect(result.verdict).toEqual({ eligibility: 'cancellable', reason: 'not-started', status: 'pending' });
    expect(result.matches).toEqual([{ language: 'sv', name: 'Väntande', unconfirmed: false }]);
  });

  it('marks best-knowledge words as unconfirmed', () => {
    expect(quickCheck('Storniert').matches).toEqual([{ language: 'de', name: 'Storniert', unconfirmed: true }]);
  });

  it('lists every language that uses the word', () => {
    expect(quickCheck('planning').matches.map((m) => m.language)).toEqual(['en', 'nl']);
  });

  it('does not guess at unknown words, and honours Amazon-initiated', () => {
    expect(quickCheck('Klar')).toEqual({
      verdict: { eligibility: 'unknown', reason: 'unrecognized-status', status: null },
      matches: [],
    });
    expect(quickCheck('Pending', true).verdict.reason).toBe('amazon-initiated');
  });

  it('offers the status words of every language', () => {
    const choices = statusChoices();
    expect(choices.map((c) => c.language)).toContain('ja');
    expect(choices.find((c) => c.language === 'sv')?.names).toContain('Bearbetning');
  });

  it('lists the languages a source confirms first, then the others as languages.ts orders them', () => {
    expect(statusChoices().map((c) => c.language)).toEqual([
      'en',
      'sv',
      'de',
      'fr',
      'it',
      'es',
      'nl',
      'pl',
      'ja',
      'zh',
      'pt',
      'tr',
      'ar',
    ]);
  });
});
