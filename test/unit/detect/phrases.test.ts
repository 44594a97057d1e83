import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/detect/matcher';
import { normalizeText } from '@/lib/detect/normalize';
import {
  type AccountState,
  ALL_PHRASE_TABLES,
  isUnconfirmed,
  PHRASE_LANGUAGES,
  PHRASE_TABLES,
  phraseText,
  STATES_BY_SEVERITY,
} from '@/lib/phrases';

const PHRASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../lib/phrases');
const matcher = createMatcher(ALL_PHRASE_TABLES);
const STATES: readonly AccountState[] = ['deactivated', 'on-hold', 'under-review', 'at-risk', 'verification-required'];

describe('phrase tables', () => {
  it('there is one table per Seller Central language, each under its own code', () => {
    expect(Object.keys(PHRASE_TABLES).sort()).toEqual([...PHRASE_LANGUAGES].sort());
    for (const language of PHRASE_LANGUAGES) expect(PHRASE_TABLES[language].language).toBe(language);
    expect(ALL_PHRASE_TABLES.map((t) => t.language).sort()).toEqual([...PHRASE_LANGUAGES].sort());
  });

  it('severity order names each state once, deactivated first and at-risk last', () => {
    expect([...STATES_BY_SEVERITY].sort()).toEqual([...STATES].sort());
    expect(STATES_BY_SEVERITY[0]).toBe('deactivated');
    expect(STATES_BY_SEVERITY.at(-1)).toBe('at-risk');
  });

  // All nine tables cover all five states, so no language needs a documented gap.
  describe.each(ALL_PHRASE_TABLES.map((t) => [t.language, t] as const))('%s', (language, table) => {
    it('has phrases for all five states', () => {
      for (const state of STATES) expect(table.states[state].length, state).toBeGreaterThan(0);
    });

    it('has Account Health Rating words: labels and the three status groups', () => {
      const words = table.accountHealthRating;
      for (const group of [words.labels, words.healthy, words.atRisk, words.critical])
        expect(group.length).toBeGreaterThan(0);
    });

    it('every phrase matches itself after normalization, as its own state and language', () => {
      for (const state of STATES) {
        for (const entry of table.states[state]) {
          const text = phraseText(entry);
          expect(normalizeText(text).length, text).toBeGreaterThanOrEqual(6);
          const found = matcher.find(`Notice: ${text.toUpperCase()}.`);
          expect(
            found.some((m) => m.state === state && m.phrase === text),
            text,
          ).toBe(true);
        }
      }
    });

    it('no phrase is redundant beside a shorter one of the same state', () => {
      for (const state of STATES) {
        const norms = table.states[state].map((e) => normalizeText(phraseText(e)));
        for (const a of norms)
          for (const b of norms) if (a !== b) expect(a.includes(b), `"${a}" contains "${b}"`).toBe(false);
        expect(new Set(norms).size).toBe(norms.length);
      }
    });

    it('says in its header comment where the wording comes from and what is unconfirmed', () => {
      const source = readFileSync(join(PHRASES_DIR, `${language}.ts`), 'utf8');
      const header = source.slice(0, source.indexOf('import'));
      expect(header).toMatch(/Source:/);
      expect(header).toMatch(/[Uu]nconfirmed/);
      expect(table.source.length).toBeGreaterThan(20);
    });

    it('flags its unconfirmed wording in the data, not only in the comment', () => {
      const entries = [...STATES.flatMap((s) => table.states[s]), ...table.accountHealthRating.labels];
      expect(entries.some(isUnconfirmed)).toBe(true);
    });
  });

  it('no wording is claimed by two different states in any language', () => {
    const owner = new Map<string, AccountState>();
    for (const table of ALL_PHRASE_TABLES) {
      for (const state of STATES) {
        for (const entry of table.states[state]) {
          const norm = normalizeText(phraseText(entry));
          expect(owner.get(norm) ?? state, norm).toBe(state);
          owner.set(norm, state);
        }
      }
    }
  });

  it('every "not an account state" pattern is longer wording, never an account phrase itself', () => {
    const phrases = new Set(
      ALL_PHRASE_TABLES.flatMap((t) => STATES.flatMap((s) => t.states[s].map((e) => normalizeText(phraseText(e))))),
    );
    for (const table of ALL_PHRASE_TABLES) {
      for (const entry of table.notAccountState)
        expect(phrases.has(normalizeText(phraseText(entry))), phraseText(entry)).toBe(false);
    }
  });

  it.each([
    ['Your selling privileges have been deactivated', 'deactivated'],
    ['Your account has been deactivated', 'deactivated'],
    ['Your Amazon seller account is on hold', 'on-hold'],
    ['We have placed a hold on your disbursements', 'on-hold'],
    ['Your funds are on hold', 'on-hold'],
    ['Your account is under review', 'under-review'],
    ['Your account is at risk of deactivation', 'at-risk'],
    ['Verify your identity', 'verification-required'],
    ['Verification required', 'verification-required'],
  ] as const)('the English wording named in the issue is covered: %s', (sentence, state) => {
    expect(matcher.find(sentence).map((m) => m.state)).toContain(state);
  });
});
