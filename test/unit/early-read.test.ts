import { describe, expect, it, vi } from 'vitest';
import { earlyRead } from '@/lib/early-read';

describe('earlyRead', () => {
  it('gives the read started early to the first load and reads afresh after it', async () => {
    let n = 0;
    const read = vi.fn(async () => ++n);
    const early = earlyRead(read);
    early.start();
    expect(read).toHaveBeenCalledTimes(1);
    await expect(early.load()).resolves.toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
    await expect(early.load()).resolves.toBe(2);
  });

  it('reads when nothing was started', async () => {
    const early = earlyRead(async () => 'fresh');
    await expect(early.load()).resolves.toBe('fresh');
  });

  it('keeps an early failure for the load that takes it, never as an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const early = earlyRead(() => Promise.reject(new Error('storage gone')));
    early.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).not.toHaveBeenCalled();
    await expect(early.load()).rejects.toThrow('storage gone');
    process.off('unhandledRejection', unhandled);
  });

  it('hands a settled early read over synchronously, once, and reads afresh after it', async () => {
    let n = 0;
    const early = earlyRead(async () => ++n);
    early.start();
    expect(early.takeSettled()).toBeNull(); // not arrived yet: the component loads it instead
    await early.settled();
    expect(early.takeSettled()).toEqual({ value: 1, error: undefined });
    expect(early.takeSettled()).toBeNull();
    await expect(early.load()).resolves.toBe(2);
  });

  it('hands a settled early failure over as an error', async () => {
    const early = earlyRead(() => Promise.reject(new Error('storage gone')));
    early.start();
    await early.settled();
    const outcome = early.takeSettled();
    expect(outcome?.value).toBeUndefined();
    expect(String(outcome?.error)).toContain('storage gone');
  });

  it('forgets an early outcome once load() took the read', async () => {
    const early = earlyRead(async () => 'x');
    early.start();
    await early.settled();
    await early.load();
    expect(early.takeSettled()).toBeNull();
  });

  it('starts once while a read waits to be taken', async () => {
    const read = vi.fn(async () => 'x');
    const early = earlyRead(read);
    early.start();
    early.start();
    expect(read).toHaveBeenCalledTimes(1);
    await early.take();
    early.start();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('discards the early read when it goes stale, and stops watching once it is taken or stale', async () => {
    const listeners = new Set<() => void>();
    const staleWhen = (changed: () => void) => {
      listeners.add(changed);
      return () => listeners.delete(changed);
    };
    let n = 0;
    const early = earlyRead(async () => ++n, { staleWhen });
    early.start();
    expect(listeners.size).toBe(1);
    for (const changed of [...listeners]) changed();
    expect(listeners.size).toBe(0);
    expect(early.take()).toBeNull();
    await early.settled();
    expect(early.takeSettled()).toBeNull(); // the stale outcome is never handed over
    await expect(early.load()).resolves.toBe(2);

    early.start();
    expect(listeners.size).toBe(1);
    await expect(early.take()).resolves.toBe(3);
    expect(listeners.size).toBe(0);
  });
});
