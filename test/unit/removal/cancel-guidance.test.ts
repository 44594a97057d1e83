import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { cancelGuidance, createPageRules, REMOVAL_TEXTS } from '@/lib/removal/cancel-guidance';
import { CANCEL_ELIGIBILITIES, ELIGIBILITY_REASONS, verdictForText } from '@/lib/removal/eligibility';
import { CREATE_RULE_IDS } from '@/lib/removal/text/types';
import { NORMALIZED_STATUSES } from '@/lib/removal/vocabulary';

describe('cancel guidance', () => {
  it('explains a cancellable order and gives the way to cancel it, with its ID', () => {
    const guidance = cancelGuidance(verdictForText('Pending'), 'en', 'XK7P9QWE21');
    expect(guidance.label).toBe('Can cancel');
    expect(guidance.why).toMatch(/cancel/i);
    expect(guidance.steps?.items).toHaveLength(4);
    expect(guidance.steps?.items.join(' ')).toContain('XK7P9QWE21');
    expect(guidance.steps?.items[0]).toMatch(/Manage Orders.*Advanced search/);
    expect(guidance.steps?.items[1]).toMatch(/Order ID/);
    expect(guidance.steps?.items[3]).toMatch(/Cancel this order/);
    expect(guidance.caveat).toBeNull();
  });

  it('adds the caveat for Processing and In Process', () => {
    for (const status of ['Processing', 'In Process', 'Bearbetning']) {
      const guidance = cancelGuidance(verdictForText(status), 'sv', 'R-1');
      expect(guidance.steps, status).not.toBeNull();
      expect(guidance.caveat, status).toBe(REMOVAL_TEXTS.sv.processingCaveat);
    }
  });

  it('gives no steps where a cancel cannot be sent', () => {
    for (const [status, context] of [
      ['Completed', {}],
      ['Cancelled', {}],
      ['On hold', {}],
      ['Pending', { source: 'Amazon-initiated' }],
    ] as const) {
      const guidance = cancelGuidance(verdictForText(status, context), 'de', 'R-1');
      expect(guidance.steps, status).toBeNull();
      expect(guidance.caveat, status).toBeNull();
    }
  });

  it('uses the Swedish Seller Central labels of the source page in Swedish', () => {
    const steps = REMOVAL_TEXTS.sv.cancelSteps.join(' ');
    for (const label of ['Hantera ordrar', 'Avancerad sökning', 'Order-ID', 'Annullera denna order']) {
      expect(steps).toContain(label);
    }
  });

  for (const language of UI_LANGUAGES) {
    describe(language, () => {
      const text = REMOVAL_TEXTS[language];

      it('has a label, a reason and a status name for everything', () => {
        for (const eligibility of CANCEL_ELIGIBILITIES) expect(text.badge[eligibility].trim()).not.toBe('');
        for (const reason of ELIGIBILITY_REASONS) expect(text.reasons[reason].trim()).not.toBe('');
        for (const status of NORMALIZED_STATUSES) expect(text.statusNames[status].trim()).not.toBe('');
        expect(text.cancelSteps).toHaveLength(4);
        expect(text.cancelSteps.filter((step) => step.includes('{orderId}'))).toHaveLength(1);
      });

      it('lists the create-page rules that bite, in order', () => {
        const rules = createPageRules(language);
        expect(rules.rules.map((rule) => rule.id)).toEqual([...CREATE_RULE_IDS]);
        expect(rules.rules.find((rule) => rule.id === 'auto-disposal')?.text).toContain('30');
        for (const rule of rules.rules) expect(rule.text.length, rule.id).toBeGreaterThan(20);
      });

      if (language !== 'en') {
        it('is translated, not a copy of the English text', () => {
          const english = new Set([
            ...Object.values(REMOVAL_TEXTS.en.reasons),
            ...Object.values(REMOVAL_TEXTS.en.createRules),
          ]);
          for (const sentence of [...Object.values(text.reasons), ...Object.values(text.createRules)]) {
            expect(english.has(sentence), sentence).toBe(false);
          }
        });
      }
    });
  }
});
