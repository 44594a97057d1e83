/**
 * The worker reads what a page found (entrypoints/background/classify.ts): the content script
 * sends evidence as text and gets the verdict and which piece decided, with the lexicons of the
 * languages it names and the seller's own phrases from storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifyEvidence } from '@/entrypoints/background/classify';
import type { EvidenceText } from '@/lib/detect/classify';
import { ratingPartOf } from '@/lib/detect/lexicon';
import { userPhrasesItem } from '@/lib/storage/items/account-state';
import { packedLexicons } from '../../support/detector';

const requested: string[][] = [];
vi.mock('@/entrypoints/background/lexicons', () => ({
  loadLexicons: async (languages: readonly string[]) => {
    requested.push([...languages]);
    return packedLexicons().filter((lexicon) => languages.includes(lexicon.language));
  },
}));

const alert = (text: string): EvidenceText => ({
  text,
  segments: [{ text, headline: false }],
  tone: 'error',
  rating: null,
});
const HELP = alert('Learn what to do if an account is deactivated.');
const DEACTIVATED = alert('Your selling account has been deactivated. Submit an appeal to reactivate it.');
const GESPERRT = alert('Ihr Verkäuferkonto wurde deaktiviert. Reichen Sie einen Einspruch ein.');

beforeEach(() => {
  fakeBrowser.reset();
  requested.length = 0;
});

describe('classifyEvidence in the worker', () => {
  it('finds the state and names the piece of evidence that decided it', async () => {
    const answer = await classifyEvidence({ kind: 'home', languages: ['en'], evidence: [HELP, DEACTIVATED] });
    expect(answer?.detection).toMatchObject({ state: 'deactivated', source: 'notice', language: 'en' });
    expect(answer?.evidence).toBe(1);
  });

  it('reads with the languages the page asked for, and only those', async () => {
    expect(await classifyEvidence({ kind: 'home', languages: ['en'], evidence: [GESPERRT] })).toBeNull();
    const german = await classifyEvidence({ kind: 'home', languages: ['en', 'de'], evidence: [GESPERRT] });
    expect(german?.detection).toMatchObject({ state: 'deactivated', language: 'de' });
    expect(requested).toEqual([['en'], ['en', 'de']]);
  });

  it('never alarms on a page that quotes notices (help), whatever its evidence says', async () => {
    expect(await classifyEvidence({ kind: 'help', languages: ['en'], evidence: [DEACTIVATED] })).toBeNull();
  });

  it("reads the seller's own phrases from storage", async () => {
    const wording = alert('The shop lamps stay dark until we hear from you');
    expect(await classifyEvidence({ kind: 'home', languages: ['en'], evidence: [wording] })).toBeNull();
    await userPhrasesItem.set([
      { id: 'p1', language: 'en', state: 'on-hold', text: 'shop lamps stay dark', addedAt: 1 },
    ]);
    const answer = await classifyEvidence({ kind: 'home', languages: ['en'], evidence: [wording] });
    expect(answer?.detection).toMatchObject({ state: 'on-hold', source: 'seller' });
    expect(answer?.evidence).toBe(0);
  });

  it('reads no more pieces than one scan can collect', async () => {
    const many = [...Array.from({ length: 64 }, () => HELP), DEACTIVATED];
    expect(await classifyEvidence({ kind: 'home', languages: ['en'], evidence: many })).toBeNull();
  });
});

describe('the rating part of a lexicon', () => {
  it('is all a content script gets: language, spacing and the rating words, nothing of the reader', () => {
    const [english] = packedLexicons().filter((lexicon) => lexicon.language === 'en');
    const part = ratingPartOf(english as NonNullable<typeof english>);
    expect(Object.keys(part).sort()).toEqual(['language', 'rating', 'spaced']);
    expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(english).length / 4);
  });
});
