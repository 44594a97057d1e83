/** Things the seller must be told about storage, shown in the popup and on the options page. */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { exclusive } from './exclusive';

export const NOTICES_KEY = 'local:notices' as const;

export const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['sync-fallback', 'quarantined']),
  item: z.string(),
  at: z.number(),
});
export type Notice = z.infer<typeof noticeSchema>;

export async function listNotices(): Promise<Notice[]> {
  const raw = await storage.getItem<unknown>(NOTICES_KEY);
  const parsed = z.array(noticeSchema).safeParse(raw ?? []);
  // Notices are derived hints, not user data: an unreadable list is replaced, never trusted.
  return parsed.success ? parsed.data : [];
}

/** One notice per kind and item: repeated failures refresh the time instead of piling up. */
export function addNotice(kind: Notice['kind'], item: string): Promise<void> {
  return exclusive('notices', async () => {
    const current = (await listNotices()).filter((n) => !(n.kind === kind && n.item === item));
    await storage.setItem(NOTICES_KEY, [...current, { id: `${kind}:${item}`, kind, item, at: Date.now() }]);
  });
}

/** Calls back whenever the list changes, in any context. */
export function watchNotices(callback: () => void): () => void {
  return storage.watch(NOTICES_KEY, () => callback());
}

export function dismissNotice(id: string): Promise<void> {
  return exclusive('notices', async () => {
    await storage.setItem(
      NOTICES_KEY,
      (await listNotices()).filter((n) => n.id !== id),
    );
  });
}
