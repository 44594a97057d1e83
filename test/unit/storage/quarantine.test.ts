/** The quarantine's own rules: nothing in it is ever dropped, one value is one entry, and a discard removes only its entry. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  discardQuarantined,
  listQuarantine,
  QUARANTINE_KEY,
  quarantineExport,
  setAsideStoredValue,
  watchQuarantine,
} from '@/lib/storage/quarantine';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('quarantine', () => {
  it('keeps entries of an unexpected shape whole, each under a stable id, a single one as well as a list', async () => {
    await storage.setItem(QUARANTINE_KEY, [{ id: 'ok', item: 'local:x', value: 1, reason: 'r', at: 1 }, 'junk', 7]);
    const list = await listQuarantine();
    expect(list.map((entry) => entry.id)).toEqual(['ok', 'recovered-1', 'recovered-2']);
    expect(list[1]).toMatchObject({ item: QUARANTINE_KEY, value: 'junk' });
    expect(list[1]?.reason).toMatch(/unexpected shape/);
    expect((await listQuarantine()).map((entry) => entry.id)).toEqual(list.map((entry) => entry.id));
    await storage.setItem(QUARANTINE_KEY, { not: 'a list' });
    expect(await listQuarantine()).toMatchObject([{ id: 'recovered-0', value: { not: 'a list' } }]);
  });

  it('sets a local value aside with its metadata removed, and a synced one aside while leaving it in sync', async () => {
    await storage.setItem('local:thing', { bad: true });
    await storage.setMeta('local:thing', { v: 3 });
    expect(await setAsideStoredValue('local:thing', { bad: true }, 'unexpected shape')).toBe(true);
    expect(await storage.getItem('local:thing')).toBeNull();
    expect(await storage.getMeta('local:thing')).toEqual({});
    await storage.setItem('sync:other', 'bad');
    expect(await setAsideStoredValue('sync:other', 'bad', 'unexpected shape')).toBe(true);
    expect(await storage.getItem('sync:other')).toBe('bad');
    const list = await listQuarantine();
    expect(list.map((entry) => entry.item)).toEqual(['local:thing', 'sync:other']);
    for (const entry of list) expect(entry.id).toMatch(/^[0-9a-z]+-[0-9a-z]{1,6}$/);
    expect(new Set(list.map((entry) => entry.id)).size).toBe(2);
  });

  it('keeps one entry per value and item: the same value under another key is another entry', async () => {
    await storage.setItem('sync:a', 'bad');
    await storage.setItem('sync:b', 'bad');
    expect(await setAsideStoredValue('sync:a', 'bad', 'r')).toBe(true);
    expect(await setAsideStoredValue('sync:a', 'bad', 'r')).toBe(false);
    expect(await setAsideStoredValue('sync:b', 'bad', 'r')).toBe(true);
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['sync:a', 'sync:b']);
  });

  it('discards only the entry asked for, and never loses one set aside at the same moment', async () => {
    await storage.setItem('sync:a', 'a');
    await storage.setItem('sync:b', 'b');
    await storage.setItem('sync:c', 'c');
    await setAsideStoredValue('sync:a', 'a', 'r');
    await setAsideStoredValue('sync:b', 'b', 'r');
    const [first] = await listQuarantine();
    await Promise.all([discardQuarantined(first?.id ?? ''), setAsideStoredValue('sync:c', 'c', 'r')]);
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['sync:b', 'sync:c']);
  });

  it('tells a watcher of every change, until it stops watching', async () => {
    const heard = vi.fn();
    const stop = watchQuarantine(heard);
    await storage.setItem('sync:a', 'a');
    await setAsideStoredValue('sync:a', 'a', 'r');
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    stop();
    await discardQuarantined((await listQuarantine())[0]?.id ?? '');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('exports an entry as a document that names its own format', async () => {
    await storage.setItem('sync:a', 'a');
    await setAsideStoredValue('sync:a', 'a', 'r');
    const [entry] = await listQuarantine();
    if (!entry) throw new Error('entry missing');
    expect(JSON.parse(quarantineExport(entry))).toEqual({
      format: 'seller-central-companion/quarantine',
      version: 1,
      entry,
    });
  });
});
