import { CHECKLISTS } from '@/lib/checklists/definitions';
import { CHECKLISTS_FOR_STATE, checklistForState } from '@/lib/checklists/for-state';
import { checklistLinkUrl, LINK_PATHS } from '@/lib/checklists/links';
import { CHECKLIST_TEXTS } from '@/lib/checklists/text';
import { CHECKLIST_IDS, type ChecklistLanguagePack, type LinkablePageKind } from '@/lib/checklists/types';
import { validateChecklists, validateDefinitions, validateLanguagePack } from '@/lib/checklists/validate';
import { checklistView } from '@/lib/checklists/view';
import { ACCOUNT_STATES } from '@/lib/guidance/account-states';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { pageKindOf } from '@/lib/pages';

/** A deep copy of the English pack that a test may break in ways the types forbid. */
// biome-ignore lint/suspicious/noExplicitAny: the point is to build packs the types would reject
function englishCopy(): any {
  return structuredClone(CHECKLIST_TEXTS.en) satisfies ChecklistLanguagePack;
}

describe('checklist definitions and texts', () => {
  it('validate in every UI language', () => {
    expect(validateChecklists(CHECKLISTS, CHECKLIST_TEXTS)).toEqual([]);
  });

  it('define the seven checklists with items', () => {
    expect(Object.keys(CHECKLISTS).sort()).toEqual([...CHECKLIST_IDS].sort());
    for (const id of CHECKLIST_IDS) expect(CHECKLISTS[id].items.length).toBeGreaterThanOrEqual(5);
  });

  it.each(UI_LANGUAGES)('%s has a title and why for every item, and nothing extra', (language) => {
    for (const id of CHECKLIST_IDS) {
      const text = CHECKLIST_TEXTS[language].checklists[id];
      expect(Object.keys(text.items).sort()).toEqual(CHECKLISTS[id].items.map((item) => item.id).sort());
    }
  });

  it('keeps the facts the source document gives, in every language', () => {
    for (const language of UI_LANGUAGES) {
      const { checklists } = CHECKLIST_TEXTS[language];
      expect(checklists.deactivated.items['expect-answer']?.title).toContain('48');
      expect(checklists['while-on-hold'].items['follow-up']?.title).toContain('48');
      expect(checklists.prevention.items['answer-24h']?.title).toContain('24');
      const openOrders = checklists['first-days'].items['open-orders']?.detail ?? '';
      expect(openOrders).toContain('FBA');
      // Japanese Seller Central says 出品者出荷 (seller-fulfilled) for FBM.
      expect(openOrders).toMatch(/FBM|出品者出荷/);
    }
  });

  it('links the hold steps to the pages where the cause and the case log are', () => {
    const links = Object.fromEntries(CHECKLISTS.hold.items.map((item) => [item.id, item.link]));
    expect(links).toMatchObject({
      'read-notice': 'performance-notifications',
      'check-health': 'account-health',
      'contact-support': 'case-log',
    });
    expect(CHECKLISTS.deactivated.items.find((item) => item.id === 'submit-appeal')?.link).toBe('account-health');
  });
});

describe('checklist links', () => {
  it('every link path is recognised as its own page kind', () => {
    for (const [kind, path] of Object.entries(LINK_PATHS) as Array<[LinkablePageKind, string]>) {
      expect(pageKindOf(`https://sellercentral.amazon.de${path}`)).toBe(kind);
    }
  });

  it("resolve to the seller's own marketplace host", () => {
    expect(checklistLinkUrl('SE', 'case-log')).toBe('https://sellercentral.amazon.se/cu/case-lobby');
    const view = checklistView('hold', CHECKLIST_TEXTS.sv, 'SE');
    expect(view.items.find((item) => item.id === 'check-health')?.url).toBe(
      'https://sellercentral.amazon.se/performance/dashboard',
    );
    expect(view.items.find((item) => item.id === 'name-cause')?.url).toBeUndefined();
    expect(view.title).toBe(CHECKLIST_TEXTS.sv.checklists.hold.title);
  });
});

describe('checklist for an account state', () => {
  it('opens the matching checklist', () => {
    expect(checklistForState('deactivated')).toBe('deactivated');
    expect(checklistForState('on-hold')).toBe('hold');
    expect(checklistForState('under-review')).toBe('review');
    expect(checklistForState('verification-required')).toBe('verification');
    expect(checklistForState('at-risk')).toBe('prevention');
  });

  it('offers only existing checklists, without repeats', () => {
    for (const state of ACCOUNT_STATES) {
      const list = CHECKLISTS_FOR_STATE[state];
      expect(new Set(list).size).toBe(list.length);
      for (const id of list) expect(CHECKLIST_IDS).toContain(id);
    }
  });
});

describe('the validator catches', () => {
  it('a missing item text and an extra one', () => {
    const pack = englishCopy();
    delete pack.checklists.hold.items['write-poa'];
    pack.checklists.hold.items['made-up'] = { title: 'x', why: 'y' };
    const problems = validateLanguagePack(CHECKLISTS, pack, 'en');
    expect(problems).toContain('en/hold/write-poa: missing');
    expect(problems).toContain('en/hold/made-up: text for an item that does not exist');
  });

  it('a missing evidence prompt, and one where no evidence is asked for', () => {
    const pack = englishCopy();
    delete pack.checklists.hold.items['name-cause'].evidencePrompt;
    pack.checklists.hold.items['read-notice'].evidencePrompt = 'Keep it.';
    const problems = validateLanguagePack(CHECKLISTS, pack, 'en');
    expect(problems).toContain('en/hold/name-cause evidencePrompt: empty');
    expect(problems).toContain('en/hold/read-notice: evidence prompt on an item that asks for no evidence');
  });

  it('text that is too long, spans lines or is blank', () => {
    const pack = englishCopy();
    pack.checklists.prevention.items['answer-24h'].why = 'x'.repeat(141);
    pack.checklists.prevention.items['stock-accuracy'].title = 'two\nlines';
    pack.checklists.prevention.intro = '  ';
    const problems = validateLanguagePack(CHECKLISTS, pack, 'en');
    expect(problems).toContain('en/prevention/answer-24h why: 141 characters, limit 140');
    expect(problems).toContain('en/prevention/stock-accuracy title: must be one line');
    expect(problems).toContain('en/prevention intro: empty');
  });

  it('an export label that lost its placeholder, and a pack filed under the wrong language', () => {
    const pack = englishCopy();
    pack.exportLabels.tickedAt = 'ticked';
    expect(validateLanguagePack(CHECKLISTS, pack, 'da')).toEqual(
      expect.arrayContaining(['da: pack says it is en', 'da exportLabels.tickedAt: lacks {time}']),
    );
  });

  it('duplicate and malformed item ids', () => {
    const broken = {
      ...CHECKLISTS,
      hold: { id: 'hold' as const, items: [{ id: 'same' }, { id: 'same' }, { id: 'Not Valid' }] },
    };
    expect(validateDefinitions(broken)).toEqual(
      expect.arrayContaining(['hold/same: duplicate id', expect.stringMatching(/^hold\/Not Valid: id must match/)]),
    );
  });
});
