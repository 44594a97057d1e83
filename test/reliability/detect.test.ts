/**
 * Account-state detection under generated evidence: table phrases, trap phrases (wording that
 * contains alarming words but is not about the account), seller phrases and Account Health
 * Ratings, each embedded in neutral noise and disguised by case, spacing, invisible characters,
 * full-width letters and diacritics that normalization must see through.
 */
import fc from 'fast-check';
import { type AccountState, STATE_SEVERITY, STATES_BY_SEVERITY, stateRank } from '@/lib/account-state/states';
import { isUsablePhrase, type SellerPhrase } from '@/lib/account-state/user-phrases';
import { classify, type EvidenceText } from '@/lib/detect/classify';
import { normalizeText } from '@/lib/detect/normalize';
import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { termText } from '@/lib/lang/notice-types';
import { loadNoticeLexicons } from '@/lib/lang/notices';
import { isQuotingPage, PAGE_KINDS, type PageKind } from '@/lib/pages';
import { allLanguagesDetector } from '../support/detector';
import {
  addAccents,
  applyCase,
  caseStyle,
  fullWidth,
  hostileString,
  insertAt,
  relativePosition,
  respace,
  whitespaceRun,
} from './arbitraries/text';
import { checkProperty } from './support/property';

const SUBJECT = 'phrase-detection';
const matcher = allLanguagesDetector();
const PHRASE_LANGUAGES = SELLER_CENTRAL_LANGUAGES;

interface TablePhrase {
  readonly text: string;
  readonly state: AccountState;
  readonly language: string;
}

/** Notices as sellers quote them, one sentence each, in several languages. */
const TABLE_PHRASES: readonly TablePhrase[] = [
  { text: 'Your seller account has been deactivated', state: 'deactivated', language: 'en' },
  { text: 'We have removed your selling privileges', state: 'deactivated', language: 'en' },
  { text: 'Ihr Verkäuferkonto wurde deaktiviert', state: 'deactivated', language: 'de' },
  { text: 'We are holding your disbursements', state: 'on-hold', language: 'en' },
  { text: 'Your account is on hold', state: 'on-hold', language: 'en' },
  { text: 'Your account is under review', state: 'under-review', language: 'en' },
  { text: 'Votre compte est en cours d’examen', state: 'under-review', language: 'fr' },
  { text: 'Your account is at risk of deactivation', state: 'at-risk', language: 'en' },
  { text: 'Verify your identity to continue selling', state: 'verification-required', language: 'en' },
];
/** Wording with alarming words that is not about the account's current state. */
const TRAPS: readonly string[] = [
  'Your listing has been deactivated',
  'If your account has been deactivated, you can appeal',
  'How to avoid account deactivation',
  'The hold on your funds has been released',
  'Your account has been reinstated',
  'Wenn Ihr Konto gesperrt wurde, können Sie Einspruch einlegen',
];
const lexicons = Object.values(await loadNoticeLexicons());
const plain = (text: string) => text.replace(/\*/g, '');
const AHR_LABELS = ['AHR', ...lexicons.flatMap((l) => l.rating.labels.map((t) => plain(termText(t))))];
const AHR_STATUS_WORDS = lexicons.flatMap((l) =>
  [...l.rating.healthy, ...l.rating.atRisk, ...l.rating.critical].map((t) => plain(termText(t))),
);

const NON_QUOTING_KINDS = PAGE_KINDS.filter((kind) => !isQuotingPage(kind));
const QUOTING_KINDS = PAGE_KINDS.filter((kind) => isQuotingPage(kind));

/** Everyday Seller Central words in several languages: none is, or completes, an account-state phrase. */
const NEUTRAL_WORDS = [
  'Orders',
  'shipment',
  'Inventory',
  'report',
  'tomorrow',
  'Bestellungen',
  'Lieferung',
  'leverans',
  'lager',
  'commande',
  'envío',
  'spedizione',
  'zamówienie',
  'bestelling',
  '在庫',
  '注文',
  'SKU-4411',
  '12/03/2025',
  '€19,99',
  '3 units',
  'Healthy',
  '✔',
  '🙂',
  '—',
  '(',
  ')',
  ':',
  ',',
  '!',
];

/** Text with no account-state meaning: neutral words, random graphemes and digits, checked to classify as nothing. */
/**
 * Random characters can spell a real word: a lone 若 is Chinese for "if", and a condition before
 * a phrase rightly blocks it. Noise is meant to be meaningless, so it holds no blocking word or
 * item word of any language.
 */
function isNoBlocker(text: string): boolean {
  const normalized = normalizeText(text);
  return matcher.lexicons.every((lexicon) =>
    [lexicon.items, ...Object.values(lexicon.blockers)].every((set) => set.find(normalized).length === 0),
  );
}

const noise = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NEUTRAL_WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).filter(isNoBlocker) },
      { weight: 1, arbitrary: fc.nat({ max: 99999 }).map(String) },
    ),
    { maxLength: 12 },
  )
  .chain((words) =>
    fc.array(whitespaceRun, { minLength: words.length, maxLength: words.length }).map((gaps) => ({ words, gaps })),
  )
  .map(({ words, gaps }) => words.map((word, i) => word + (gaps[i] ?? ' ')).join(''))
  .filter((text) => classify([{ text }], 'account-health', matcher) === null);

const separator = fc.constantFrom(' ', '\n', '. ', ': ', ' — ', ' | ', '\t');
/**
 * Between a notice and the noise around it: the reader reads sentence by sentence and clause by
 * clause, so noise glued into the notice's own clause ("Orders we have removed …") is another
 * sentence, not the same notice with noise.
 */
const sentenceSeparator = fc.constantFrom('. ', ': ', ' | ', '; ', '! ', '.\n');
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u2066', '\u2069'];
const COMBINING_MARKS = ['\u0301', '\u0300', '\u0308', '\u0302', '\u030a', '\u0327', '\u0303'];

/** Edits normalizeText must undo: case, spacing, invisible characters, full width, decomposition, added accents. */
const disguise = fc.record({
  style: caseStyle,
  runs: fc.array(whitespaceRun, { maxLength: 6 }),
  invisibles: fc.array(fc.record({ at: relativePosition, text: fc.constantFrom(...INVISIBLES) }), { maxLength: 3 }),
  accents: fc.array(fc.record({ at: relativePosition, mark: fc.constantFrom(...COMBINING_MARKS) }), { maxLength: 2 }),
  wide: fc.boolean(),
  decompose: fc.boolean(),
});
type Disguise = typeof disguise extends fc.Arbitrary<infer T> ? T : never;

function disguised(text: string, d: Disguise): string {
  let out = applyCase(text, d.style);
  out = respace(out, d.runs.length > 0 ? d.runs : [' ']);
  out = addAccents(out, d.accents);
  if (d.wide) out = fullWidth(out);
  if (d.decompose) out = out.normalize('NFD');
  return insertAt(out, d.invisibles);
}

const embed = (before: string, sepA: string, core: string, sepB: string, after: string) =>
  `${before}${sepA}${core}${sepB}${after}`;

const noiseItems = fc.array(
  noise.map((text): EvidenceText => ({ text })),
  { maxLength: 3 },
);

function expectStateOrWorse(found: ReturnType<typeof classify>, state: AccountState, context: string) {
  expect(found, context).not.toBeNull();
  if (found) expect(stateRank(found.state), context).toBeLessThanOrEqual(stateRank(state));
}

describe('phrase detection (generated)', () => {
  it('a trap phrase in noise never yields a state, on any page kind', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a trap phrase (notAccountState wording: listing-level notices, conditionals, lifted holds), disguised and embedded in noise, never yields a state on any page kind',
      },
      fc.property(
        fc.array(
          fc.record({
            trap: fc.constantFrom(...TRAPS),
            d: disguise,
            before: noise,
            after: noise,
            sepA: separator,
            sepB: separator,
          }),
          { minLength: 1, maxLength: 3 },
        ),
        noiseItems,
        fc.constantFrom(...PAGE_KINDS),
        (traps, others, kind) => {
          const items = traps.map(({ trap, d, before, after, sepA, sepB }) => ({
            text: embed(before, sepA, disguised(trap, d), sepB, after),
          }));
          const evidence = [...others, ...items];
          expect(classify(evidence, kind, matcher), JSON.stringify(evidence)).toBeNull();
        },
      ),
    );
  });

  it('a table phrase inside an alert on a non-quoting page yields its state or a more severe one', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a table phrase of any language, disguised and embedded in noise, on a non-quoting page always yields its state or a more severe one (trap phrases in other alerts change nothing)',
      },
      fc.property(
        fc.constantFrom(...TABLE_PHRASES),
        disguise,
        noise,
        noise,
        sentenceSeparator,
        sentenceSeparator,
        noiseItems,
        fc.array(
          fc.constantFrom(...TRAPS).map((text): EvidenceText => ({ text })),
          { maxLength: 2 },
        ),
        fc.constantFrom(...NON_QUOTING_KINDS),
        (phrase, d, before, after, sepA, sepB, others, traps, kind) => {
          const alert = { text: embed(before, sepA, disguised(phrase.text, d), sepB, after) };
          const evidence = [...others, ...traps, alert];
          expectStateOrWorse(classify(evidence, kind, matcher), phrase.state, JSON.stringify({ phrase, alert }));
        },
      ),
    );
  });

  it("a seller's own phrase is found like a table phrase", async () => {
    const sellerAlphabet = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzäöüåéèñçłßøæ0123456789',
      ' ',
      ' ',
      '-',
      "'",
      '在',
      '庫',
      'が',
      'ア',
      'カ',
    );
    const sellerPhrase = fc
      .record({
        text: fc.string({ unit: sellerAlphabet, minLength: 3, maxLength: 40 }),
        state: fc.constantFrom(...STATES_BY_SEVERITY),
        language: fc.constantFrom(...PHRASE_LANGUAGES),
      })
      .filter((p) => isUsablePhrase(p.text)) as fc.Arbitrary<SellerPhrase>;
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          "a seller's own phrase (options page), disguised and embedded in noise, on a non-quoting page yields its state or a more severe one",
      },
      fc.property(
        sellerPhrase,
        disguise,
        noise,
        noise,
        sentenceSeparator,
        fc.constantFrom(...NON_QUOTING_KINDS),
        (phrase, d, before, after, sep, kind) => {
          const own = allLanguagesDetector([phrase]);
          const alert = { text: embed(before, sep, disguised(phrase.text, d), sep, after) };
          expectStateOrWorse(classify([alert], kind, own), phrase.state, JSON.stringify({ phrase, alert }));
        },
      ),
    );
  });

  it('an Account Health Rating is read into the right band', async () => {
    const rating = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 250 }));
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'an Account Health Rating N after its label (any language) yields at-risk/critical for 0-99, at-risk/warning for 100-199 and nothing for 200-1000',
      },
      fc.property(
        fc.constantFrom(...AHR_LABELS),
        rating,
        fc.constantFrom(' ', ': ', ' (AHR): ', '\n', ' - ', ' = '),
        fc.constantFrom('', ' ', ' / 1000', '/1,000', '\n'),
        fc.option(fc.constantFrom(...AHR_STATUS_WORDS), { nil: undefined }),
        fc.constantFrom('1,000', '1.000', '1 000', '1000'),
        noise,
        fc.constantFrom(...NON_QUOTING_KINDS),
        (label, value, before, after, status, thousand, lead, kind) => {
          const shown = value === 1000 ? thousand : String(value);
          const tail = status === undefined ? after : `${after.startsWith(' /') ? after : ' '}${status}`;
          const widget = { text: `${lead}\n${label}${before}${shown}${status === undefined ? after : tail}` };
          const found = classify([widget], kind, matcher);
          const context = JSON.stringify(widget);
          if (value >= 200) {
            expect(found, context).toBeNull();
          } else {
            expect(found?.state, context).toBe('at-risk');
            expect(found?.severity, context).toBe(value < 100 ? 'critical' : 'warning');
            expect(found?.rating, context).toBe(value);
          }
        },
      ),
    );
  });

  it('help and forum pages never alarm, whatever they quote', async () => {
    const alarming = fc.oneof(
      fc.constantFrom(...TABLE_PHRASES).map((p) => p.text),
      fc.constantFrom(...TRAPS),
      fc.constantFrom('Account Health Rating 12 Critical', 'AHR: 150 At Risk'),
      hostileString(80),
    );
    await checkProperty(
      {
        subject: SUBJECT,
        invariant: 'on quoting pages (help, forums, Seller University, news) no evidence ever yields a state',
      },
      fc.property(
        fc.array(
          alarming.map((text): EvidenceText => ({ text })),
          { maxLength: 6 },
        ),
        fc.constantFrom(...QUOTING_KINDS),
        (evidence, kind: PageKind) => {
          expect(classify(evidence, kind, matcher)).toBeNull();
        },
      ),
    );
  });

  it('never throws on any text, and reports only consistent detections', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'normalizeText and classify never throw on any text (lone surrogates included); a detection names a known state with a consistent severity',
      },
      fc.property(
        fc.array(
          fc.oneof(
            hostileString(300),
            fc.constantFrom(...TABLE_PHRASES).map((p) => p.text),
          ),
          { maxLength: 5 },
        ),
        fc.constantFrom(...PAGE_KINDS),
        (texts, kind) => {
          for (const text of texts) expect(typeof normalizeText(text)).toBe('string');
          const found = classify(
            texts.map((text) => ({ text })),
            kind,
            matcher,
          );
          if (found === null) return;
          expect(STATES_BY_SEVERITY).toContain(found.state);
          if (found.source === 'account-health-rating') expect(found.state).toBe('at-risk');
          else expect(found.severity).toBe(STATE_SEVERITY[found.state]);
        },
      ),
    );
  });
});
