import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/lib/content-script/ask-background';

const PORT_CLOSED = new Error('The message port closed before a response was received.');

function context(): { ctx: ContentScriptContext; invalidate(): void } {
  let invalid = false;
  return {
    ctx: {
      get isInvalid() {
        return invalid;
      },
    } as ContentScriptContext,
    invalidate: () => {
      invalid = true;
    },
  };
}

describe('askBackground: a service worker stopped mid-answer', () => {
  it('asks again and returns the answer the restarted worker gives', async () => {
    const { ctx } = context();
    const ask = vi
      .fn()
      .mockRejectedValueOnce(PORT_CLOSED)
      .mockRejectedValueOnce(PORT_CLOSED)
      .mockResolvedValue('words');
    await expect(askBackground(ctx, ask)).resolves.toBe('words');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('gives up with the last error after four attempts', async () => {
    const { ctx } = context();
    const ask = vi.fn().mockRejectedValue(PORT_CLOSED);
    await expect(askBackground(ctx, ask)).rejects.toBe(PORT_CLOSED);
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('stops asking once the extension is gone', async () => {
    const { ctx, invalidate } = context();
    const ask = vi.fn().mockImplementation(() => {
      invalidate();
      return Promise.reject(PORT_CLOSED);
    });
    await expect(askBackground(ctx, ask)).rejects.toBe(PORT_CLOSED);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks once when the first answer comes', async () => {
    const { ctx } = context();
    const ask = vi.fn().mockResolvedValue(1);
    await expect(askBackground(ctx, ask)).resolves.toBe(1);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
