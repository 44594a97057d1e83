import { UI_LANGUAGES, type UiLanguage } from '@/lib/i18n/translate';
import { cancelGuidance, createPageRules } from '@/lib/removal/cancel-guidance';
import { CANCEL_ELIGIBILITIES, ELIGIBILITY_REASONS, verdictForText } from '@/lib/removal/eligibility';
import {
  badgeKey,
  CANCEL_STEP_KEYS,
  CREATE_RULE_IDS,
  createRuleKey,
  type MessageLookup,
  REMOVAL_MESSAGE_PREFIX,
  REMOVAL_PAGE_KEYS,
  reasonKey,
  statusNameKey,
} from '@/lib/removal/messages';
import { NORMALIZED_STATUSES } from '@/lib/removal/vocabulary';
import { catalogOf } from '../i18n/surfaces';

const lookupFor =
  (language: UiLanguage): MessageLookup =>
  (key) =>
    catalogOf(language)[key]?.message;

/** Every key the badges, the create-page panel and the popup's status names read. */
const REQUIRED_KEYS = [
  ...CANCEL_ELIGIBILITIES.map(badgeKey),
  ...ELIGIBILITY_REASONS.map(reasonKey),
  ...CANCEL_STEP_KEYS,
  ...Object.values(REMOVAL_PAGE_KEYS),
  ...CREATE_RULE_IDS.map(createRuleKey),
  ...NORMALIZED_STATUSES.map(statusNameKey),
];

describe('cancel guidance', () => {
  const en = lookupFor('en');

  it('explains a cancellable order and gives the way to cancel it, with its ID', () => {
    const guidance = cancelGuidance(verdictForText('Pending'), en, 'XK7P9QWE21');
    expect(guidance.label).toBe('Can cancel');
    expect(guidance.why).toMatch(/cancel/i);
    expect(guidance.steps?.items).toHaveLength(4);
    expect(guidance.steps?.items.join(' ')).toContain('XK7P9QWE21');
    expect(guidance.steps?.items.join(' ')).not.toContain('$1');
    expect(guidance.steps?.items[0]).toMatch(/Manage Orders.*Advanced search/);
    expect(guidance.steps?.items[1]).toMatch(/Order ID/);
    expect(guidance.steps?.items[3]).toMatch(/Cancel this order/);
    expect(guidance.caveat).toBeNull();
  });

  it('adds the caveat for Processing and In Process', () => {
    const sv = lookupFor('sv');
    for (const status of ['Processing', 'In Process', 'Bearbetning']) {
      const guidance = cancelGuidance(verdictForText(status), sv, 'R-1');
      expect(guidance.steps, status).not.toBeNull();
      expect(guidance.caveat, status).toBe(catalogOf('sv').removal_processingCaveat?.message);
      expect(guidance.label, status).toBe(catalogOf('sv').removal_badge_cancellableUnconfirmed?.message);
    }
  });

  it('gives no steps where a cancel cannot be sent', () => {
    for (const [status, context] of [
      ['Completed', {}],
      ['Cancelled', {}],
      ['On hold', {}],
      ['Pending', { source: 'Amazon-initiated' }],
    ] as const) {
      const guidance = cancelGuidance(verdictForText(status, context), lookupFor('de'), 'R-1');
      expect(guidance.steps, status).toBeNull();
      expect(guidance.caveat, status).toBeNull();
      expect(guidance.why.length, status).toBeGreaterThan(20);
    }
  });

  it('uses the Swedish Seller Central labels of the source page in Swedish', () => {
    const steps = cancelGuidance(verdictForText('Väntande'), lookupFor('sv'), 'SE-1').steps?.items.join(' ') ?? '';
    for (const label of ['Hantera ordrar', 'Avancerad sökning', 'Order-ID', 'Annullera denna order', 'SE-1']) {
      expect(steps).toContain(label);
    }
  });

  it('keeps a dollar sign written as $$ and replaces only $1', () => {
    const guidance = cancelGuidance(
      verdictForText('Pending'),
      (key) => (key === 'removal_cancelStep2' ? 'Pay $$5 for $1' : 'x'),
      'Z-9',
    );
    expect(guidance.steps?.items[1]).toBe('Pay $5 for Z-9');
  });

  it('says German removal orders the way the rest of the German UI does', () => {
    const german = Object.entries(catalogOf('de'))
      .filter(([key]) => key.startsWith('removal'))
      .map(([, entry]) => entry.message)
      .join(' ');
    // Amazon.de's word (issue #15), as the German glossary has it.
    expect(german).toContain('Remissionsauftrag');
    expect(german).not.toMatch(/Entfernungsauftr/);
  });
});

describe.each(UI_LANGUAGES)('removal messages in %s', (language) => {
  const catalog = catalogOf(language);
  const lookup = lookupFor(language);

  it('has every key the page and the popup read, none empty', () => {
    for (const key of REQUIRED_KEYS) expect(catalog[key]?.message.trim(), key).toBeTruthy();
  });

  it('puts the order ID in exactly one cancel step', () => {
    expect(CANCEL_STEP_KEYS.filter((key) => catalog[key]?.message.includes('$1'))).toEqual(['removal_cancelStep2']);
  });

  it('lists the create-page rules that bite, in order', () => {
    const rules = createPageRules(lookup);
    expect(rules.title.length).toBeGreaterThan(5);
    expect(rules.rules.map((rule) => rule.id)).toEqual([...CREATE_RULE_IDS]);
    expect(rules.rules.find((rule) => rule.id === 'auto-disposal')?.text).toContain('30');
    for (const rule of rules.rules) expect(rule.text.length, rule.id).toBeGreaterThan(20);
  });

  it('only page keys carry the prefix the background sends to pages', () => {
    const sent = Object.keys(catalog).filter((key) => key.startsWith(REMOVAL_MESSAGE_PREFIX));
    const pageKeys = REQUIRED_KEYS.filter((key) => key.startsWith(REMOVAL_MESSAGE_PREFIX));
    expect(sent.sort()).toEqual([...pageKeys].sort());
  });

  if (language !== 'en') {
    it('is translated, not a copy of the English text', () => {
      for (const key of [...ELIGIBILITY_REASONS.map(reasonKey), ...CREATE_RULE_IDS.map(createRuleKey)]) {
        expect(catalog[key]?.message, key).not.toBe(catalogOf('en')[key]?.message);
      }
    });
  }
});
