import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isDismissed } from '@/lib/account-state/dismissal';
import { DISMISSAL_DAYS, STATE_HISTORY_CAP, STATE_HISTORY_FOLD, USER_PHRASE_LIMITS } from '@/lib/account-state/limits';
import {
  isTelling,
  mergeStateHistories,
  nextHistory,
  nextLastKnown,
  type Observation,
  QUOTE_MAX,
} from '@/lib/account-state/transitions';
import { addUserPhrase, cleanPhrase, isUsablePhrase } from '@/lib/account-state/user-phrases';
import { lastKnownStates, userPhrasesItem } from '@/lib/storage/items/account-state';
import { listQuarantine } from '@/lib/storage/quarantine';

const DAY = 24 * 60 * 60 * 1000;
const seen = (over: Partial<Observation>): Observation => ({
  marketplace: 'SE',
  url: 'https://sellercentral.amazon.se/home',
  kind: 'home',
  state: 'on-hold',
  severity: 'critical',
  at: 1_000,
  ...over,
});

beforeEach(() => fakeBrowser.reset());

describe('remembered state', () => {
  it("keeps the notice's words while the state holds, drops them when the account is healthy, and caps them", () => {
    const first = nextLastKnown(null, seen({ quote: 'Your account is on hold.' }));
    expect(first.quote).toBe('Your account is on hold.');
    expect(nextLastKnown(first, seen({ at: 2_000 })).quote).toBe('Your account is on hold.');
    expect(nextLastKnown(first, seen({ state: 'deactivated', at: 3_000 })).quote).toBeNull();
    expect(nextLastKnown(first, seen({ state: null, severity: null, quote: 'x' })).quote).toBeNull();
    expect(nextLastKnown(null, seen({ quote: 'a'.repeat(QUOTE_MAX + 50) })).quote).toHaveLength(QUOTE_MAX);
  });

  it('lets fields a newer version stored survive the write', () => {
    const stored = { ...nextLastKnown(null, seen({})), rating: 150, trend: [1, 2] };
    expect(nextLastKnown(stored, seen({ at: 9_000 }))).toMatchObject({ rating: 150, trend: [1, 2], lastSeen: 9_000 });
  });

  it('keeps first-seen while the state holds and resets it when the state changes', () => {
    const first = nextLastKnown(null, seen({ at: 1_000 }));
    const again = nextLastKnown(first, seen({ at: 5_000 }));
    expect(again).toMatchObject({ firstSeen: 1_000, lastSeen: 5_000, state: 'on-hold' });
    const changed = nextLastKnown(again, seen({ state: 'deactivated', at: 9_000 }));
    expect(changed).toMatchObject({ firstSeen: 9_000, lastSeen: 9_000, state: 'deactivated' });
  });

  it('records only real changes in the history, capped', () => {
    expect(nextHistory([], null, seen({ state: null, severity: null }))).toBeNull();
    const first = nextHistory([], null, seen({}));
    expect(first).toEqual([{ marketplace: 'SE', state: 'on-hold', at: 1_000 }]);
    expect(nextHistory(first ?? [], nextLastKnown(null, seen({})), seen({ at: 2_000 }))).toBeNull();
    const full = Array.from({ length: STATE_HISTORY_CAP }, (_, i) => ({
      marketplace: i % 2 === 0 ? 'SE' : 'DE',
      state: i % 4 < 2 ? null : ('on-hold' as const),
      at: i,
    }));
    const capped = nextHistory(full, nextLastKnown(null, seen({})), seen({ state: 'at-risk', at: 99_999 }));
    expect(capped?.length).toBeLessThanOrEqual(STATE_HISTORY_CAP);
    expect(capped?.at(-1)).toMatchObject({ state: 'at-risk', at: 99_999 });
    // The oldest changes are folded into one entry per marketplace, counted: nothing vanishes.
    const [se, de] = capped ?? [];
    expect(se).toMatchObject({
      marketplace: 'SE',
      state: 'on-hold',
      at: STATE_HISTORY_FOLD - 2,
      summarized: STATE_HISTORY_FOLD / 2,
    });
    expect(de).toMatchObject({
      marketplace: 'DE',
      state: 'on-hold',
      at: STATE_HISTORY_FOLD - 1,
      summarized: STATE_HISTORY_FOLD / 2,
    });
    const counted = (capped ?? []).reduce((sum, change) => sum + (change.summarized ?? 1), 0);
    expect(counted).toBe(STATE_HISTORY_CAP + 1);
  });

  it('joins a backup’s state changes with this browser’s, each once, in time order', () => {
    const here = [
      { marketplace: 'SE', state: 'on-hold' as const, at: 1 },
      { marketplace: 'SE', state: null, at: 5 },
    ];
    const there = [
      { marketplace: 'SE', state: 'on-hold' as const, at: 1 },
      { marketplace: 'DE', state: 'at-risk' as const, at: 3 },
    ];
    expect(mergeStateHistories(here, there).map((c) => c.at)).toEqual([1, 3, 5]);
    expect(mergeStateHistories(here, here)).toEqual(here);
  });

  it('lets only Account Health and home declare an account healthy', () => {
    expect(isTelling(seen({ state: null, kind: 'inventory' }))).toBe(false);
    expect(isTelling(seen({ state: null, kind: 'account-health' }))).toBe(true);
    expect(isTelling(seen({ state: null, kind: 'home' }))).toBe(true);
    expect(isTelling(seen({ state: 'at-risk', kind: 'inventory' }))).toBe(true);
  });

  it('quarantines a remembered state of the wrong shape', async () => {
    await fakeBrowser.storage.local.set({ 'accountState:sellercentral.amazon.se': { state: 'panic' } });
    expect(await lastKnownStates.item('sellercentral.amazon.se').get()).toBeNull();
    expect((await listQuarantine())[0]?.item).toBe('local:accountState:sellercentral.amazon.se');
  });

  it('lists every remembered marketplace', async () => {
    await lastKnownStates.item('a.example').set(nextLastKnown(null, seen({ marketplace: 'SE' })));
    await lastKnownStates.item('b.example').set(nextLastKnown(null, seen({ marketplace: 'DE', state: null })));
    const entries = await lastKnownStates.entries();
    expect(entries.map((e) => e.id).sort()).toEqual(['a.example', 'b.example']);
  });
});

describe('dismissals', () => {
  it('hold for the same state for 7 days, and no longer', () => {
    const dismissal = { state: 'on-hold' as const, at: 0 };
    expect(isDismissed(dismissal, 'on-hold', DISMISSAL_DAYS * DAY - 1)).toBe(true);
    expect(isDismissed(dismissal, 'on-hold', DISMISSAL_DAYS * DAY)).toBe(false);
    expect(isDismissed(dismissal, 'deactivated', 10)).toBe(false);
    expect(isDismissed(null, 'on-hold', 10)).toBe(false);
    expect(isDismissed(dismissal, 'on-hold', -5)).toBe(false);
  });
});

describe('seller phrases', () => {
  it('folds whitespace and refuses too short, too long, duplicate and over-full input', () => {
    expect(cleanPhrase('  on \n  hold ')).toBe('on hold');
    const add = (current: Parameters<typeof addUserPhrase>[0], text: string) =>
      addUserPhrase(current, { language: 'en', state: 'on-hold', text }, 42);
    expect(add([], 'ab')).toEqual({ problem: 'length' });
    expect(add([], 'x'.repeat(USER_PHRASE_LIMITS.max + 1))).toEqual({ problem: 'length' });
    const ok = add([], 'Payouts paused');
    if (!('phrases' in ok)) throw new Error('expected phrases');
    expect(ok.phrases[0]).toMatchObject({ text: 'Payouts paused', state: 'on-hold', language: 'en' });
    expect(add(ok.phrases, 'payouts   PAUSED')).toEqual({ problem: 'duplicate' });
    const full = Array.from({ length: USER_PHRASE_LIMITS.count }, (_, i) => ({
      ...ok.phrases[0],
      id: `${i}`,
      text: `phrase ${i}`,
    })) as typeof ok.phrases;
    expect(add(full, 'one more phrase')).toEqual({ problem: 'full' });
  });

  it('refuses what the detector would skip, and saves nothing the stored schema refuses', () => {
    const add = (text: string) => addUserPhrase([], { language: 'en', state: 'on-hold', text }, 42);
    // Five characters as typed, two once invisible ones are dropped: it could never match.
    expect(isUsablePhrase('a\u200b\u200b\u200bb')).toBe(false);
    expect(add('a\u200b\u200b\u200bb')).toEqual({ problem: 'length' });
    expect(isUsablePhrase('\u200b\u200b\u200b\u200b')).toBe(false);
    // Six characters once ß folds to ss, but three as stored: the stored schema's minimum decides.
    expect(isUsablePhrase('ßßß')).toBe(false);
    expect(isUsablePhrase(` ${'x'.repeat(USER_PHRASE_LIMITS.max)} `)).toBe(true);
    expect(isUsablePhrase('x'.repeat(USER_PHRASE_LIMITS.max + 1))).toBe(false);
    const ok = add('  Straße   gesperrt ');
    if (!('phrases' in ok)) throw new Error('expected phrases');
    expect(userPhrasesItem.definition.schema.safeParse(ok.phrases).success).toBe(true);
  });

  it('keeps markup and regex characters as plain text', async () => {
    const result = addUserPhrase([], { language: 'en', state: 'at-risk', text: '<img src=x onerror=alert(1)> .*' }, 1);
    if (!('phrases' in result)) throw new Error('expected phrases');
    await userPhrasesItem.set(result.phrases);
    expect((await userPhrasesItem.get())[0]?.text).toBe('<img src=x onerror=alert(1)> .*');
  });
});
