/**
 * Pasted case IDs under generated pastes: any value at all (never throws), and a valid ID bare,
 * labelled (en/da/sv/de) or inside a case URL, embedded in junk that holds no other ID.
 */
import fc from 'fast-check';
import { USUAL_CASE_ID_DIGITS } from '@/lib/cases/case-id';
import { CASE_ID_LABELS } from '@/lib/cases/id-labels';
import { parseCaseId } from '@/lib/cases/parse-id';
import { MARKETPLACES } from '@/lib/marketplaces';
import { applyCase, caseStyle, fullWidth, hostileString } from './arbitraries/text';
import { checkProperty } from './support/property';

const SUBJECT = 'case-id';
const PROBLEMS = ['empty', 'non-digit', 'too-short', 'too-long', 'several-ids'];
const LABELS = [...new Set(Object.values(CASE_ID_LABELS).flat())];

const caseId = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 5, maxLength: 14 }),
  )
  .map(([first, rest]) => `${first}${rest}`);

/** Text with no digit, even after NFKC (which turns ①, ² or full-width digits into digits). */
const digitFree = fc
  .string({ unit: 'grapheme', maxLength: 10 })
  .filter((text) => !/\p{N}/u.test(text.normalize('NFKC')));
/** Numbers too short to be a case ID: dates, times, counts. */
const shortNumber = fc.integer({ min: 0, max: 99999 }).map(String);
/** Whitespace-separated parts, so no part runs into the ID or into another part's digits. */
function junkOf(words: readonly string[]): fc.Arbitrary<string> {
  const word = fc.oneof(
    { weight: 3, arbitrary: digitFree },
    { weight: 1, arbitrary: shortNumber },
    { weight: 1, arbitrary: fc.constantFrom(...words) },
  );
  return fc
    .array(fc.tuple(word, fc.constantFrom(' ', '\n', '\t', '  ')), { maxLength: 8 })
    .map((parts) => parts.map(([text, gap]) => text + gap).join(''));
}
/** Junk that may end in a label ("Case", "Sag:"): a label there only labels the same ID. */
const junk = junkOf(['Status:', 'Created', 'Order ID', 'Case', 'replies', '—', 'Hej!', 'Sag:']);
/** Junk without case labels, where a label would turn a bare ID into a trusted one. */
const unlabelledJunk = junkOf(['Status:', 'Created', 'Order ID', 'replies', '—', 'Hej!']);

/** Punctuation a paste puts around an ID (never a letter, digit, or . - _ / that would join it to a token). */
const before = fc.constantFrom(' ', '\n', '\t', ' (', ' [', ' "', " '", ' <b>', ': ', ', ');
const after = fc.constantFrom(' ', '\n', '\t', ') ', '] ', '" ', "' ", '</b> ', ', ', '; ', '! ', '? ', ': ');

const idForm = fc.oneof(
  fc.record({ kind: fc.constant('bare' as const), wide: fc.boolean() }),
  fc.record({
    kind: fc.constant('labelled' as const),
    label: fc.constantFrom(...LABELS),
    style: caseStyle,
    filler: fc.constantFrom(' ', ': ', ':', ' #', '#', ' no. ', ' nr ', '=', ' - '),
    wide: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('url' as const),
    host: fc.constantFrom(...MARKETPLACES.map((m) => m.host)),
    path: fc.constantFrom('/cu/case-dashboard/view-case?caseID=', '/gp/case-dashboard/view-case.html?caseId='),
    scheme: fc.constantFrom('https://', ''),
    tail: fc.constantFrom('', '&ref=xx_caselog', '#reply'),
  }),
);
type IdForm = typeof idForm extends fc.Arbitrary<infer T> ? T : never;

function render(id: string, form: IdForm): string {
  switch (form.kind) {
    case 'bare':
      return form.wide ? fullWidth(id) : id;
    case 'labelled':
      return `${applyCase(form.label, form.style)}${form.filler}${form.wide ? fullWidth(id) : id}`;
    case 'url':
      return `${form.scheme}${form.host}${form.path}${id}${form.tail}`;
  }
}

const usual = (id: string) => id.length >= USUAL_CASE_ID_DIGITS.min && id.length <= USUAL_CASE_ID_DIGITS.max;

describe('pasted case IDs (generated)', () => {
  it('a valid ID in any form, embedded in junk, is found', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a valid 6-15 digit ID (bare, full-width, labelled in en/da/sv/de in any case, or in a case URL with or without scheme), once or repeated, embedded in junk without other IDs, is found exactly, with a warning only for unusual lengths',
      },
      fc.property(
        caseId,
        fc.array(fc.tuple(junk, before, idForm, after), { minLength: 1, maxLength: 3 }),
        junk,
        (id, pieces, tail) => {
          const text =
            pieces.map(([lead, open, form, close]) => lead + open + render(id, form) + close).join('') + tail;
          const parsed = parseCaseId(text);
          expect(parsed, JSON.stringify(text)).toEqual(
            usual(id) ? { ok: true, id } : { ok: true, id, warning: 'unusual-length' },
          );
        },
      ),
    );
  });

  it('two different bare IDs are reported as several, a labelled one wins over a bare one', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'two different bare IDs in junk give several-ids with both candidates in order; a labelled or URL ID beside a bare one is chosen (trust order)',
      },
      fc.property(
        fc.tuple(caseId, caseId).filter(([a, b]) => a !== b),
        unlabelledJunk,
        unlabelledJunk,
        before,
        after,
        fc.oneof(
          idForm.filter((form) => form.kind !== 'bare'),
          fc.constant(null),
        ),
        ([a, b], lead, middle, open, close, trusted) => {
          if (trusted === null) {
            const text = `${lead}${open}${a}${close}${middle}${open}${b}${close}`;
            expect(parseCaseId(text), JSON.stringify(text)).toEqual({
              ok: false,
              reason: 'several-ids',
              candidates: [a, b],
            });
          } else {
            // "— " before it: a bare "id" right after a word or number is no label ("Order ID", "12345 id").
            const text = `${lead}${open}${b}${close}${middle}\n— ${render(a, trusted)}${close}`;
            const parsed = parseCaseId(text);
            expect(parsed.ok && parsed.id, JSON.stringify(text)).toBe(a);
          }
        },
      ),
    );
  });

  it('never throws on any value, and answers in shape', async () => {
    const throwingToString = fc.constant({
      toString() {
        throw new Error('hostile toString');
      },
    });
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'parseCaseId never throws on any value (strings with lone surrogates, objects, null-prototype objects, throwing toString); an accepted ID is 6-15 ASCII digits',
      },
      fc.property(
        fc.oneof(
          hostileString(200),
          fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }),
          throwingToString,
        ),
        (value) => {
          const parsed = parseCaseId(value);
          if (parsed.ok) expect(parsed.id).toMatch(/^[0-9]{6,15}$/);
          else expect(PROBLEMS).toContain(parsed.reason);
        },
      ),
    );
  });
});
