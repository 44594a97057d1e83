import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { isQuotaError } from '@/lib/storage/area-errors';
import { DEFAULT_SETTINGS, migrateSettingsV1, settingsItem } from '@/lib/storage/items/settings';
import { readNames } from '@/lib/storage/list-keys';
import { listNotices } from '@/lib/storage/notices';
import { discardQuarantined, listQuarantine, quarantineExport } from '@/lib/storage/quarantine';
import { defineItemFamily, defineValidatedItem } from '@/lib/storage/stored-item';
import { estimateBytes } from '@/lib/storage/usage';

const schema = z.object({ name: z.string(), count: z.int().check(z.minimum(0)) });
type Value = z.infer<typeof schema>;
const fallback: Value = { name: '', count: 0 };

function syncItem(key = 'sync:thing') {
  return defineValidatedItem<Value>({ key: key as `sync:${string}`, schema, fallback, version: 1, backup: 'derived' });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('validated items', () => {
  it('returns the fallback when nothing is stored', async () => {
    expect(await syncItem().get()).toEqual(fallback);
  });

  it('reads back a valid value', async () => {
    const item = syncItem();
    await item.set({ name: 'a', count: 2 });
    expect(await item.get()).toEqual({ name: 'a', count: 2 });
    expect(await fakeBrowser.storage.sync.get('thing$')).toEqual({ thing$: { v: 1 } });
  });

  it('refuses to write an invalid value', async () => {
    await expect(syncItem().set({ name: 'a', count: -1 })).rejects.toThrow();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('copies an invalid synced value to quarantine with the item name and reason, reports it, and leaves the synced original', async () => {
    await fakeBrowser.storage.sync.set({ thing: { name: 42 } });
    expect(await syncItem().get()).toEqual(fallback);
    const [entry, ...rest] = await listQuarantine();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ item: 'sync:thing', value: { name: 42 } });
    expect(entry?.reason).toContain('name: expected string');
    expect(entry?.reason).toContain('count: expected');
    // Removing it would sync the removal to every browser (issue #17, finding 2).
    expect(await fakeBrowser.storage.sync.get('thing')).toEqual({ thing: { name: 42 } });
    expect((await listNotices()).map((n) => n.kind)).toEqual(['quarantined']);
  });

  it('keeps the invalid value in place when quarantining it fails', async () => {
    await fakeBrowser.storage.sync.set({ thing: 'garbage' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    await expect(syncItem().get()).rejects.toThrow('disk full');
    expect(await fakeBrowser.storage.sync.get('thing')).toEqual({ thing: 'garbage' });
  });

  it('exports and discards quarantined values', async () => {
    await fakeBrowser.storage.sync.set({ thing: [1, 2, 3] });
    await syncItem().get();
    const [entry] = await listQuarantine();
    if (!entry) throw new Error('expected an entry');
    expect(JSON.parse(quarantineExport(entry))).toMatchObject({ version: 1, entry: { value: [1, 2, 3] } });
    await discardQuarantined(entry.id);
    expect(await listQuarantine()).toEqual([]);
  });

  it('keeps a malformed quarantine entry instead of dropping it', async () => {
    await fakeBrowser.storage.local.set({ quarantine: [{ odd: true }] });
    const [entry] = await listQuarantine();
    expect(entry?.value).toEqual({ odd: true });
  });

  it('falls back to local storage when sync refuses a write for quota, losing nothing', async () => {
    const item = syncItem();
    await item.set({ name: 'old', count: 1 });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await item.set({ name: 'new', count: 2 })).toBe('stored-locally');
    expect(await item.get()).toEqual({ name: 'new', count: 2 });
    expect(await fakeBrowser.storage.local.get('syncFallback:thing')).toEqual({
      'syncFallback:thing': { name: 'new', count: 2 },
    });
    expect((await listNotices()).map((n) => n.kind)).toEqual(['sync-fallback']);
    // Once sync accepts writes again, the value returns there and the local copy goes.
    expect(await item.set({ name: 'newer', count: 3 })).toBe('stored');
    expect(await fakeBrowser.storage.local.get('syncFallback:thing')).toEqual({});
    expect(await item.get()).toEqual({ name: 'newer', count: 3 });
  });

  it('sets aside an invalid waiting copy instead of deleting it when sync accepts a new value', async () => {
    await fakeBrowser.storage.local.set({ 'syncFallback:thing': { name: 7 } });
    expect(await syncItem().set({ name: 'fresh', count: 1 })).toBe('stored');
    expect(await fakeBrowser.storage.local.get('syncFallback:thing')).toEqual({});
    expect((await listQuarantine()).map((e) => [e.item, e.value])).toEqual([['local:syncFallback:thing', { name: 7 }]]);
  });

  it('also falls back for the write-rate limit', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    expect(await syncItem().set({ name: 'x', count: 1 })).toBe('stored-locally');
  });

  it('rethrows errors that are not about quota', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(syncItem().set({ name: 'x', count: 1 })).rejects.toThrow('IO error');
  });

  it('never falls back for local items: a local quota error surfaces', async () => {
    const item = defineValidatedItem<Value>({ key: 'local:thing', schema, fallback, version: 1, backup: 'derived' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(item.set({ name: 'x', count: 1 })).rejects.toThrow('QUOTA');
  });

  it('migrates a v1 settings value to v2', async () => {
    await fakeBrowser.storage.sync.set({ settings: { language: 'sv' }, settings$: { v: 1 } });
    // A fresh definition runs the migrations against what is stored now, as a new release would.
    const migrated = defineValidatedItem({ ...settingsItem.definition });
    expect(await migrated.get()).toEqual({ language: 'sv', followUpHours: 48 });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('migration keeps a valid follow-up delay and refuses what is not a v1 object', async () => {
    expect(migrateSettingsV1({ language: 'da', followUpHours: 24 })).toEqual({ language: 'da', followUpHours: 24 });
    expect(() => migrateSettingsV1('')).toThrow();
    // A refused migration leaves the value in place, and validation then sets it aside whole.
    await fakeBrowser.storage.sync.set({ settings: '' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fresh = defineValidatedItem({ ...settingsItem.definition });
    expect(await fresh.get()).toEqual(DEFAULT_SETTINGS);
    expect((await listQuarantine()).map((e) => e.value)).toEqual(['']);
  });

  it('migration turns an unknown v1 language into auto', () => {
    expect(migrateSettingsV1({ language: 'klingon' })).toEqual({ ...DEFAULT_SETTINGS });
    expect(migrateSettingsV1(null)).toEqual({ ...DEFAULT_SETTINGS });
  });

  it('watch reports validated values', async () => {
    const item = syncItem();
    const seen: Value[] = [];
    const stop = item.watch((v) => seen.push(v));
    await item.set({ name: 'w', count: 1 });
    await vi.waitFor(() => expect(seen).toContainEqual({ name: 'w', count: 1 }));
    stop();
  });

  it('family members are separate items', async () => {
    const family = defineItemFamily<Value>({ prefix: 'sync:member:', schema, fallback, version: 1, backup: 'derived' });
    await family.item('a').set({ name: 'a', count: 1 });
    await family.item('b').set({ name: 'b', count: 2 });
    expect(await family.item('a').get()).toEqual({ name: 'a', count: 1 });
    await family.item('a').remove();
    expect(await family.item('a').get()).toEqual(fallback);
    expect(await family.item('b').get()).toEqual({ name: 'b', count: 2 });
  });
});

describe('a family read as a whole', () => {
  const v2 = z.object({ name: z.string(), count: z.int().check(z.minimum(0)), kind: z.string() });
  type V2 = z.infer<typeof v2>;
  const family = (likelyIds?: readonly string[]) =>
    defineItemFamily<V2>({
      prefix: 'sync:member:',
      likelyIds,
      schema: v2,
      fallback: { name: '', count: 0, kind: '' },
      version: 2,
      migrations: { 2: (old) => ({ ...(old as object), kind: 'migrated' }) },
      backup: 'derived',
    });

  /** One member of each kind a read meets: current, old version, invalid, newer version, waiting locally. */
  async function storeEveryKind(): Promise<void> {
    await fakeBrowser.storage.sync.set({
      'member:current': { name: 'current', count: 1, kind: 'k' },
      'member:current$': { v: 2 },
      'member:old': { name: 'old', count: 2 },
      'member:old$': { v: 1 },
      'member:bad': { name: 'bad', count: -5, kind: 'k' },
      'member:bad$': { v: 2 },
      'member:newer': { name: 'newer', count: 4, kind: 'k', extra: true },
      'member:newer$': { v: 9 },
      'member:waiting': { name: 'synced', count: 5, kind: 'k' },
      'member:waiting$': { v: 2 },
    });
    await fakeBrowser.storage.local.set({ 'syncFallback:member:waiting': { name: 'local', count: 6, kind: 'k' } });
  }

  it('gives each member what reading it alone gives, quarantine included', async () => {
    await storeEveryKind();
    const together = new Map((await family().entries()).map(({ id, value }) => [id, value]));
    const quarantinedTogether = (await listQuarantine()).map((entry) => entry.key).sort();
    fakeBrowser.reset();
    await storeEveryKind();
    const alone = new Map<string, V2>();
    for (const id of together.keys()) alone.set(id, await family().item(id).get());
    expect(together).toEqual(alone);
    expect([...together.keys()].sort()).toEqual(['bad', 'current', 'newer', 'old', 'waiting']);
    expect(together.get('old')).toEqual({ name: 'old', count: 2, kind: 'migrated' });
    expect(together.get('bad')).toEqual({ name: '', count: 0, kind: '' });
    expect(together.get('waiting')).toEqual({ name: 'local', count: 6, kind: 'k' });
    expect(quarantinedTogether).toEqual((await listQuarantine()).map((entry) => entry.key).sort());
    expect(quarantinedTogether).toHaveLength(1);
  });

  it('reads its members in one call to their area, not one per member', async () => {
    await storeEveryKind();
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await family().entries();
    const memberReads = get.mock.calls.filter(
      ([keys]) => Array.isArray(keys) && (keys as string[]).includes('member:current'),
    );
    expect(memberReads).toHaveLength(1);
    get.mockRestore();
  });

  it('reads its likely members while it lists the keys, and still reads every other member', async () => {
    await storeEveryKind();
    const alone = new Map<string, V2>();
    for (const id of ['bad', 'current', 'newer', 'old', 'waiting']) alone.set(id, await family().item(id).get());
    fakeBrowser.reset();
    await storeEveryKind();
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const entries = await family(['current', 'old', 'absent']).entries();
    expect(new Map(entries.map(({ id, value }) => [id, value]))).toEqual(alone);
    const memberReads = get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? [keys as string[]] : []));
    // Then the migration of the old member reads it once more, as a lone read does.
    expect(memberReads.slice(0, 2)).toEqual([
      ['member:current', 'member:current$', 'member:old', 'member:old$', 'member:absent', 'member:absent$'],
      ['member:bad', 'member:bad$', 'member:newer', 'member:newer$', 'member:waiting', 'member:waiting$'],
    ]);
    get.mockRestore();
  });

  it('reads nothing more when every member is a likely one', async () => {
    await fakeBrowser.storage.sync.set({ 'member:a': { name: 'a', count: 1, kind: 'k' }, 'member:a$': { v: 2 } });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await family(['a', 'b']).entries()).toEqual([{ id: 'a', value: { name: 'a', count: 1, kind: 'k' } }]);
    expect(get.mock.calls.filter(([keys]) => Array.isArray(keys))).toHaveLength(1);
    get.mockRestore();
  });

  it('asks its area for nothing when it has no members (no round trip to read nothing)', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await family().entries()).toEqual([]);
    // Listing the keys may read the area (fakeBrowser has no getKeys); reading members may not.
    expect(get.mock.calls.filter(([keys]) => Array.isArray(keys))).toEqual([]);
    get.mockRestore();
  });
});

describe('reading named keys', () => {
  it('reads the names asked for, all of the area for null, and asks for nothing when no names are given', async () => {
    await fakeBrowser.storage.local.set({ a: 1, b: 2 });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readNames('local', ['a'])).toEqual({ a: 1 });
    expect(await readNames('local', null)).toEqual({ a: 1, b: 2 });
    expect(get).toHaveBeenCalledTimes(2);
    expect(await readNames('local', [])).toEqual({});
    expect(get).toHaveBeenCalledTimes(2);
    get.mockRestore();
  });
});

describe('storage helpers', () => {
  it('recognizes the quota errors Chrome and Firefox raise', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('MAX_ITEMS quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('estimates bytes the way Chrome counts them', () => {
    expect(estimateBytes({ a: 'bc' })).toBe('a"bc"'.length);
    expect(estimateBytes({ å: 1 })).toBe(3);
  });
});
