import { checklistForState } from '@/lib/checklists/for-state';
import { guidancePack, type MessageLookup, overlayCopy } from '@/lib/guidance';
import { ACCOUNT_STATES, isAccountState } from '@/lib/guidance/account-states';
import type { GuidancePack } from '@/lib/guidance/types';
import { GUIDANCE_LIMITS, validateGuidance, validateGuidancePack } from '@/lib/guidance/validate';
import { UI_LANGUAGES, type UiLanguage } from '@/lib/i18n/translate';
import { catalogOf, namesConcept } from '../i18n/surfaces';

const lookupFor =
  (language: UiLanguage): MessageLookup =>
  (key) =>
    catalogOf(language)[key]?.message;
/** The overlay copy as each messages.json holds it. */
const GUIDANCE = Object.fromEntries(UI_LANGUAGES.map((l) => [l, guidancePack(l, lookupFor(l))])) as Record<
  UiLanguage,
  GuidancePack
>;

/** A deep copy of the English pack that a test may break in ways the types forbid. */
// biome-ignore lint/suspicious/noExplicitAny: the point is to build packs the types would reject
const breakable = (): any => structuredClone(GUIDANCE.en) satisfies GuidancePack;

describe('overlay guidance copy', () => {
  it('is complete and short enough in every language', () => {
    expect(validateGuidance(GUIDANCE)).toEqual([]);
  });

  it.each(UI_LANGUAGES)(
    '%s: every state has a title, summary, five facts, three steps and a checklist button',
    (language) => {
      for (const state of ACCOUNT_STATES) {
        const copy = overlayCopy(state, lookupFor(language));
        expect(copy.title.length).toBeGreaterThan(5);
        expect(copy.summary.length).toBeGreaterThan(20);
        expect(Object.keys(copy.facts).sort()).toEqual(['fba', 'fbm', 'funds', 'listings', 'selling']);
        expect(copy.steps).toHaveLength(3);
        expect(new Set(copy.steps).size).toBe(3);
        expect(copy.facts.fba).not.toBe(copy.facts.fbm);
        expect(copy.openChecklist.length).toBeGreaterThan(5);
        expect(copy.checklist).toBe(checklistForState(state));
        expect(copy.labels).toEqual(GUIDANCE[language].labels);
      }
    },
  );

  it('gives each state its own copy', () => {
    for (const language of UI_LANGUAGES) {
      const titles = ACCOUNT_STATES.map((state) => GUIDANCE[language].states[state].title);
      expect(new Set(titles).size).toBe(ACCOUNT_STATES.length);
    }
  });

  it('keeps the facts that matter in every language', () => {
    for (const language of UI_LANGUAGES) {
      const { states } = GUIDANCE[language];
      expect(states['on-hold'].steps.join(' ')).toContain('48');
      // Seller Central's own names, in the language's words (its glossary).
      expect(namesConcept(states.deactivated.steps.join(' '), language, 'accountHealth'), language).toBe(true);
      expect(namesConcept(states.deactivated.steps.join(' '), language, 'planOfAction'), language).toBe(true);
      expect(namesConcept(states['at-risk'].steps[0] ?? '', language, 'accountHealth'), language).toBe(true);
    }
  });

  it('recognises account states', () => {
    expect(isAccountState('on-hold')).toBe(true);
    expect(isAccountState('healthy')).toBe(false);
    expect(isAccountState(3)).toBe(false);
  });
});

describe('the guidance validator catches', () => {
  it('a missing state, a missing fact and a wrong number of steps', () => {
    const pack = breakable();
    delete pack.states['at-risk'];
    delete pack.states.deactivated.facts.funds;
    pack.states['on-hold'].steps = ['one', 'two'];
    const problems = validateGuidancePack(pack, 'en');
    expect(problems).toEqual(
      expect.arrayContaining([
        'en/at-risk: missing',
        'en/deactivated facts.funds: empty',
        'en/on-hold: needs exactly three steps',
      ]),
    );
  });

  it('copy too long for the card, on two lines, or a blank label', () => {
    const pack = breakable();
    pack.states['under-review'].summary = 's'.repeat(GUIDANCE_LIMITS.summary + 1);
    pack.states['under-review'].title = 'two\nlines';
    pack.labels.dismiss = ' ';
    expect(validateGuidancePack(pack, 'en')).toEqual(
      expect.arrayContaining([
        `en/under-review summary: ${GUIDANCE_LIMITS.summary + 1} characters, limit ${GUIDANCE_LIMITS.summary}`,
        'en/under-review title: must be one line',
        'en labels.dismiss: empty',
      ]),
    );
  });

  it('an unknown state and a pack filed under the wrong language', () => {
    const pack = breakable();
    pack.states.suspended = pack.states['on-hold'];
    expect(validateGuidancePack(pack, 'sv')).toEqual(
      expect.arrayContaining(['sv: pack says it is en', 'sv/suspended: unknown state']),
    );
  });
});
