/**
 * Removal-order status → cancel eligibility under generated text: every status name of every
 * language in case, accent, whitespace, invisible-character and full-width variants, Amazon-initiated
 * markers, and arbitrary text that names no status.
 */
import fc from 'fast-check';
import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { CANCEL_ELIGIBILITIES, verdictForText } from '@/lib/removal/eligibility';
import { normalizeLabel } from '@/lib/removal/normalize';
import { quickCheck } from '@/lib/removal/quick-check';
import { statusOf } from '@/lib/removal/status-lookup';
import { EXPECTED_ELIGIBILITY } from '../support/cancel-eligibility-contract';
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

const SUBJECT = 'status-normalization';

const NAMES = REMOVAL_VOCABULARIES.flatMap((vocabulary) =>
  Object.entries(vocabulary.statuses).map(([name, status]) => ({ name, status, language: vocabulary.language })),
);
const KNOWN = new Set(NAMES.map(({ name }) => normalizeLabel(name)));
const AMAZON_MARKERS = REMOVAL_VOCABULARIES.flatMap((vocabulary) => vocabulary.amazonInitiated);

/**
 * The invisible characters normalizeLabel removes. It keeps bidi marks (U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069), which lib/detect/normalize.ts drops, so a status cell carrying one reads as unknown;
 * they join this list when normalizeLabel drops them too. Likewise the case styles are whole-word:
 * camelCase splitting makes a mixed-case "PeNDING" unknown.
 */
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const COMBINING_MARKS = ['\u0301', '\u0300', '\u0308', '\u0302', '\u0327'];

const variant = fc.record({
  style: caseStyle,
  runs: fc.array(fc.oneof(whitespaceRun, fc.constantFrom('-', '_', ' - ')), { maxLength: 4 }),
  lead: fc.array(whitespaceRun, { maxLength: 2 }).map((runs) => runs.join('')),
  trail: fc.tuple(fc.array(whitespaceRun, { maxLength: 2 }), fc.constantFrom('', ':', '.', ' :', '：', '。')),
  invisibles: fc.array(fc.record({ at: relativePosition, text: fc.constantFrom(...INVISIBLES) }), { maxLength: 3 }),
  accents: fc.array(fc.record({ at: relativePosition, mark: fc.constantFrom(...COMBINING_MARKS) }), { maxLength: 2 }),
  form: fc.constantFrom('as-is', 'NFD', 'NFC', 'stripped', 'wide'),
});
type Variant = typeof variant extends fc.Arbitrary<infer T> ? T : never;

function written(name: string, v: Variant): string {
  let text = applyCase(name, v.style);
  text = respace(text, v.runs.length > 0 ? v.runs : [' ']);
  text = addAccents(text, v.accents);
  if (v.form === 'NFD') text = text.normalize('NFD');
  if (v.form === 'NFC') text = text.normalize('NFC');
  if (v.form === 'stripped') text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (v.form === 'wide') text = fullWidth(text);
  return v.lead + insertAt(text, v.invisibles) + v.trail[0].join('') + v.trail[1];
}

describe('removal status normalization (generated)', () => {
  it('every known status name, in any variant, maps to its eligibility', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'every status name of every language, in any case/accent/whitespace/hyphen/invisible-character/full-width variant, maps to its status and DESIGN eligibility',
      },
      fc.property(fc.constantFrom(...NAMES), variant, ({ name, status }, v) => {
        const text = written(name, v);
        const context = JSON.stringify({ name, text });
        expect(statusOf(text), context).toBe(status);
        const verdict = verdictForText(text);
        expect(verdict.status, context).toBe(status);
        expect(verdict.eligibility, context).toBe(EXPECTED_ELIGIBILITY[status]);
        const check = quickCheck(text);
        expect(check.verdict, context).toEqual(verdict);
        expect(check.matches.length, context).toBeGreaterThan(0);
      }),
    );
  });

  it('text that names no status is unknown, never a guess', async () => {
    const text = fc.oneof(
      hostileString(60),
      fc.constantFrom(...NAMES).map(({ name }) => `${name} x`),
      fc.constantFrom(...NAMES).map(({ name }) => `not ${name}`),
      fc.constantFrom(...NAMES).map(({ name }) => name.slice(0, -1)),
    );
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'text whose normalized form is no status name (arbitrary strings, names with extra words, truncated names) gives eligibility unknown, never a guess; nothing throws',
      },
      fc.property(text, (input) => {
        const known = KNOWN.has(normalizeLabel(input));
        const verdict = verdictForText(input);
        expect(CANCEL_ELIGIBILITIES).toContain(verdict.eligibility);
        if (known) {
          expect(verdict.status).not.toBeNull();
        } else {
          expect(statusOf(input)).toBeNull();
          expect(verdict.eligibility).toBe('unknown');
          expect(verdict.reason).toBe(input.trim() === '' ? 'no-status' : 'unrecognized-status');
          expect(quickCheck(input).matches).toEqual([]);
        }
      }),
    );
  });

  it('an Amazon-initiated removal is never cancellable, whatever its status says', async () => {
    const status = fc.oneof(
      fc.constantFrom(...NAMES).map(({ name }) => name),
      hostileString(30),
    );
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'an order whose source or type carries an Amazon-initiated marker (any language, any case, inside longer text) is not-cancellable, whatever its status text',
      },
      fc.property(
        status,
        fc.constantFrom(...AMAZON_MARKERS),
        caseStyle,
        fc.constantFrom('source', 'type'),
        fc.string({ maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        (statusText, marker, style, field, before, after) => {
          const origin = `${before} ${applyCase(marker, style)} ${after}`;
          const verdict = verdictForText(statusText, { [field]: origin });
          expect(verdict.eligibility, JSON.stringify({ statusText, origin })).toBe('not-cancellable');
        },
      ),
    );
  });
});
