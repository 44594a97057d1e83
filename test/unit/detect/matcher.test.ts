import { describe, expect, it } from 'vitest';
import { createMatcher, SELLER_PHRASE_MAX_LENGTH, type SellerPhrase, sellerPhraseProblem } from '@/lib/detect/matcher';
import { normalizeText } from '@/lib/detect/normalize';
import { type AccountState, ALL_PHRASE_TABLES, PHRASE_TABLES, type PhraseLanguage } from '@/lib/phrases';

const matcher = createMatcher(ALL_PHRASE_TABLES);
const statesIn = (text: string) => matcher.find(text).map((m) => m.state);

describe('matcher on real-world wording', () => {
  it.each([
    ['en', 'Hello, Your Amazon seller account has been deactivated in accordance with section 3.', 'deactivated'],
    [
      'en',
      'We are writing to let you know we have removed your selling privileges, canceled your listings.',
      'deactivated',
    ],
    ['en', 'YOUR  AMAZON SELLER ACCOUNT\nIS ON HOLD', 'on-hold'],
    ['en', 'Funds will not be transferred to you but will stay in your account.', 'on-hold'],
    ['en', 'A reserve has been applied to your account to ensure you have enough funds.', 'on-hold'],
    ['en', 'We are conducting a review of your selling account.', 'under-review'],
    ['en', 'We need additional documentation to verify your identity.', 'verification-required'],
    ['de', 'Ihre Amazon.de Verkaufsberechtigungen wurden entfernt', 'deactivated'],
    ['de', 'Ihr Amazon Verkäuferkonto wurde deaktiviert', 'deactivated'],
    ['de', 'Ihr Verkäuferkonto wird\n geprüft.', 'under-review'],
    ['sv', 'Ditt säljarkonto har inaktiverats.', 'deactivated'],
    ['sv', 'Verifiering av din identitet krävs enligt lag.', 'verification-required'],
    ['fr', 'Votre compte est en cours d’examen', 'under-review'],
    ['fr', 'VOTRE COMPTE VENDEUR A ÉTÉ DÉSACTIVÉ', 'deactivated'],
    ['it', 'Perché il mio account è in fase di revisione?', 'under-review'],
    ['es', 'Su cuenta de Amazon ha sido desactivada de conformidad con la Sección 3.', 'deactivated'],
    ['nl', 'Je account is ter beoordeling aangemerkt.', 'under-review'],
    ['pl', 'Twoje konto sprzedawcy zostało dezaktywowane.', 'deactivated'],
    ['ja', 'ご利用の Amazon.co.jp 出品用アカウントは閉鎖されています。', 'deactivated'],
    ['ja', 'この問題が解決されるまで\nお振り込みは留保されます。', 'on-hold'],
  ] as const)('%s: %j', (language, text, state) => {
    const found = matcher.find(text);
    expect(found.map((m) => m.state)).toContain(state);
    expect(found.find((m) => m.state === state)?.language).toBe(language);
  });

  it.each([
    'This listing has been deactivated because its price may be an error.',
    '2 listings have been deactivated. Status: Inactive',
    'Deactivate',
    'Inactive',
    'Healthy',
    'Has your account been deactivated in error?',
    'If your account has been deactivated, you can appeal from this page.',
    'If your seller account has been deactivated in error, tell us why.',
    'If your account is under review, a banner appears here.',
    'If your AHR is At Risk or Critical, your account may be at risk of deactivation.',
    'Your account has been reactivated and your selling privileges have been reinstated.',
    'Om ditt säljarkonto har inaktiverats kan du överklaga.',
    'Wenn Ihr Verkäuferkonto geprüft wird, wird der Saldo auf Ihrem Konto vorübergehend eingefroren.',
    'Si votre compte vendeur a été désactivé, contactez-nous.',
    'Das Angebot wurde deaktiviert.',
    '出品は停止されました',
  ])('stays silent on %j', (text) => {
    expect(statesIn(text)).toEqual([]);
  });

  it('reports where each match sits in the normalized text', () => {
    const text = normalizeText('Notice — Your account is under review.');
    const [match] = matcher.findInNormalized(text);
    expect(match?.index).toBe(text.indexOf('account is under review'));
    expect(match?.source).toBe('table');
  });

  it('marks matches of unconfirmed wording', () => {
    expect(matcher.find('Ihr Konto wird überprüft')[0]?.unconfirmed).toBe(true);
    expect(matcher.find('Your account is under review')[0]?.unconfirmed).toBe(false);
  });
});

describe('seller phrases', () => {
  const own = (text: string, state: AccountState = 'on-hold', language: PhraseLanguage = 'en'): SellerPhrase => ({
    language,
    state,
    text,
  });

  it('matches a phrase the seller added, as text from the seller', () => {
    const m = createMatcher(ALL_PHRASE_TABLES, [own('Payouts paused pending checks', 'on-hold', 'en')]);
    const [match] = m.find('Heads up: payouts PAUSED pending checks.');
    expect(match).toMatchObject({
      state: 'on-hold',
      language: 'en',
      source: 'seller',
      phrase: 'Payouts paused pending checks',
    });
  });

  it('treats regex characters as plain text', () => {
    const m = createMatcher([], [own('hold (.*) now?', 'on-hold')]);
    expect(m.find('Your funds: hold (.*) now? yes')).toHaveLength(1);
    expect(m.find('hold anything now')).toHaveLength(0);
    expect(m.find('hold (x) now')).toHaveLength(0);
  });

  it('ignores empty, too short and too long phrases instead of matching everything', () => {
    const m = createMatcher([], [own(''), own('   '), own('ab'), own('x'.repeat(SELLER_PHRASE_MAX_LENGTH + 1))]);
    expect(m.find('ab any banner text x')).toEqual([]);
  });

  it('ignores a phrase for a state that does not exist (synced data from a newer version)', () => {
    const m = createMatcher([], [{ language: 'en', state: 'frozen' as AccountState, text: 'frozen account' }]);
    expect(m.find('frozen account')).toEqual([]);
  });

  it('short seller phrases are still kept out of listing-level wording', () => {
    const m = createMatcher(ALL_PHRASE_TABLES, [own('has been deactivated', 'deactivated')]);
    expect(m.find('This listing has been deactivated.')).toEqual([]);
    expect(m.find('Your store has been deactivated.').map((x) => x.source)).toEqual(['seller']);
  });

  it('a seller phrase that repeats table wording yields one match, credited to the table', () => {
    const m = createMatcher(ALL_PHRASE_TABLES, [own('ACCOUNT  is under review', 'under-review')]);
    const found = m.find('Your account is under review');
    expect(found.filter((x) => x.state === 'under-review')).toHaveLength(1);
    expect(found[0]?.source).toBe('table');
  });

  it.each([
    ['', 'empty'],
    [' \u200b ', 'empty'],
    ['ab', 'too-short'],
    ['x'.repeat(SELLER_PHRASE_MAX_LENGTH + 1), 'too-long'],
    ['funds held', null],
    ['審査中', null],
  ] as const)('sellerPhraseProblem(%j) is %s', (text, problem) => {
    expect(sellerPhraseProblem(text)).toBe(problem);
  });
});

describe('matcher input', () => {
  it('builds from a single table and matches only its language', () => {
    const ja = createMatcher([PHRASE_TABLES.ja]);
    expect(ja.find('Your account is under review')).toEqual([]);
    expect(ja.find('出品用アカウントは審査中です').map((m) => m.state)).toEqual(['under-review']);
  });

  it('returns nothing for empty text', () => {
    expect(matcher.find('')).toEqual([]);
    expect(matcher.findInNormalized('')).toEqual([]);
  });
});
