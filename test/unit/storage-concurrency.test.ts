import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { exclusive } from '@/lib/storage/exclusive';
import { addNotice, listNotices } from '@/lib/storage/notices';
import { listQuarantine, setAsideStoredValue } from '@/lib/storage/quarantine';
import { defineValidatedItem } from '@/lib/storage/stored-item';

const schema = z.object({ name: z.string() });
const item = (key: `local:${string}`) =>
  defineValidatedItem({ key, schema, fallback: { name: '' }, version: 1, backup: 'derived' });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('setting bad values aside while other readers are busy', () => {
  it('the same bad value read twice at once is listed once, with one notice', async () => {
    await fakeBrowser.storage.local.set({ settingsCopy: { name: 42 } });
    const copy = item('local:settingsCopy');
    await Promise.all([copy.get(), copy.get(), copy.get()]);
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['local:settingsCopy']);
    expect(await listNotices()).toHaveLength(1);
  });

  it('two different bad values set aside at once are both kept', async () => {
    await fakeBrowser.storage.local.set({ first: { name: 1 }, second: { name: 2 } });
    await Promise.all([item('local:first').get(), item('local:second').get()]);
    expect((await listQuarantine()).map((entry) => entry.item).sort()).toEqual(['local:first', 'local:second']);
    expect(await fakeBrowser.storage.local.get(['first', 'second'])).toEqual({});
    expect((await listNotices()).map((notice) => notice.item).sort()).toEqual(['local:first', 'local:second']);
  });

  it('a value another context already moved is not listed again', async () => {
    await fakeBrowser.storage.local.set({ thing: { name: 7 } });
    expect(await setAsideStoredValue('local:thing', { name: 7 }, 'bad')).toBe(true);
    expect(await setAsideStoredValue('local:thing', { name: 7 }, 'bad')).toBe(false);
    expect(await listQuarantine()).toHaveLength(1);
  });

  it('a newer value written in the meantime is neither removed nor listed', async () => {
    await fakeBrowser.storage.local.set({ thing: { name: 'written since' } });
    expect(await setAsideStoredValue('local:thing', { name: 7 }, 'bad')).toBe(false);
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { name: 'written since' } });
    expect(await listQuarantine()).toEqual([]);
  });

  it('the same bad value coming back after a discard is listed again', async () => {
    await fakeBrowser.storage.local.set({ thing: { name: 7 } });
    await item('local:thing').get();
    await fakeBrowser.storage.local.set({ quarantine: [] });
    await fakeBrowser.storage.local.set({ thing: { name: 7 } });
    await item('local:thing').get();
    expect(await listQuarantine()).toHaveLength(1);
  });

  it('notices added at once are all kept', async () => {
    await Promise.all([addNotice('quarantined', 'local:a'), addNotice('sync-fallback', 'sync:b')]);
    expect((await listNotices()).map((notice) => notice.id).sort()).toEqual([
      'quarantined:local:a',
      'sync-fallback:sync:b',
    ]);
  });
});

describe('writes to one item', () => {
  const counter = () =>
    defineValidatedItem({
      key: 'local:counter',
      schema: z.object({ n: z.int() }),
      fallback: { n: 0 },
      version: 1,
      backup: 'derived',
    });

  it('a removal asked for while a write is still under way lands after it', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let release = () => {};
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(
      (items) => new Promise<void>((resolve) => (release = () => void set(items).then(resolve))),
    );
    const written = counter().set({ n: 1 });
    const removed = counter().remove();
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await Promise.all([written, removed]);
    expect(await fakeBrowser.storage.local.get('counter')).toEqual({});
  });

  it('updates asked for at once all apply', async () => {
    await Promise.all(Array.from({ length: 5 }, () => counter().update(({ n }) => ({ n: n + 1 }))));
    expect(await counter().get()).toEqual({ n: 5 });
  });
});

describe('exclusive', () => {
  it('takes a Web Lock of the extension origin where the browser has them', async () => {
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await exclusive('quarantine', async () => 'done')).toBe('done');
    expect(request).toHaveBeenCalledWith('scc:quarantine', expect.any(Function));
  });

  it('without Web Locks, runs the calls of one context one after another, past a failure', async () => {
    const order: string[] = [];
    const slow = exclusive('list', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
      throw new Error('failed write');
    });
    const fast = exclusive('list', async () => {
      order.push('fast');
    });
    await expect(slow).rejects.toThrow('failed write');
    await fast;
    expect(order).toEqual(['slow', 'fast']);
  });
});
