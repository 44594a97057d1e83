/**
 * The notifications a marketplace's Performance Notifications page listed (issue #18): each
 * title with the date the page gave it, and when this browser first and last saw it. Amazon
 * lets these age off its page; the seller's appeal file should not lose them. Past
 * NOTICES_KEPT the oldest are folded into a count: never dropped without a trace.
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import { joinFolded } from './folded';

export const NOTICE_TITLE_MAX = 300;
export const NOTICE_DATE_MAX = 60;
/** Rows one page can list; more is not the notifications list. */
export const NOTICES_PER_PAGE_MAX = 200;
export const NOTICES_KEPT = 1000;

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const performanceNoticeSchema = keepUnknown({
  title: z.string().check(z.minLength(1), z.maxLength(NOTICE_TITLE_MAX)),
  /** The date as the page wrote it ("Dec 3, 2026", "03.12.2026"). */
  shown: z.string().check(z.maxLength(NOTICE_DATE_MAX)),
  /** The date read from `shown` (YYYY-MM-DD); null when it could not be read for certain. */
  day: z.nullable(isoDay),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type PerformanceNotice = z.infer<typeof performanceNoticeSchema>;

export const performanceNoticesSchema = keepUnknown({
  /** Oldest first (by its date, else by when it was first seen). */
  notices: z.array(performanceNoticeSchema),
  /** Notices folded out of the list: how many, and the newest date among them. */
  folded: z.optional(keepUnknown({ count: z.int().check(z.minimum(1)), until: isoDay })),
});
export type PerformanceNotices = z.infer<typeof performanceNoticesSchema>;

export const NO_PERFORMANCE_NOTICES: PerformanceNotices = { notices: [] };

/** One row as the page showed it, with the date the worker read from it. */
export interface NoticeShown {
  readonly title: string;
  readonly shown: string;
  readonly day: string | null;
}

const identity = (notice: { readonly title: string; readonly shown: string }) => `${notice.title}\u0000${notice.shown}`;

/** The day a notice sorts by: its own date, else the UTC day it was first seen. */
export const noticeDay = (notice: PerformanceNotice): string =>
  notice.day ?? new Date(notice.firstSeen).toISOString().slice(0, 10);

const byDay = (a: PerformanceNotice, b: PerformanceNotice) => {
  const [x, y] = [noticeDay(a), noticeDay(b)];
  return x < y ? -1 : x > y ? 1 : a.firstSeen - b.firstSeen;
};

function bounded(history: PerformanceNotices): PerformanceNotices {
  const over = history.notices.length - NOTICES_KEPT;
  if (over <= 0) return history;
  const folded = history.notices.slice(0, over);
  const newest = folded.map(noticeDay).reduce((a, b) => (a > b ? a : b));
  const until = history.folded && history.folded.until > newest ? history.folded.until : newest;
  return {
    ...history,
    notices: history.notices.slice(over),
    folded: { count: (history.folded?.count ?? 0) + folded.length, until },
  };
}

/** Titles and dates as kept: whitespace folded, cut to their limits, each notice once. */
export function cleanNotices(shown: readonly NoticeShown[]): NoticeShown[] {
  const seen = new Set<string>();
  const kept: NoticeShown[] = [];
  for (const notice of shown.slice(0, NOTICES_PER_PAGE_MAX)) {
    const title = notice.title.replace(/\s+/g, ' ').trim().slice(0, NOTICE_TITLE_MAX);
    const date = notice.shown.replace(/\s+/g, ' ').trim().slice(0, NOTICE_DATE_MAX);
    if (title.length === 0 || seen.has(identity({ title, shown: date }))) continue;
    seen.add(identity({ title, shown: date }));
    kept.push({ title, shown: date, day: notice.day });
  }
  return kept;
}

/**
 * The list with what a visit showed: a notice seen before gets its last-seen time, a new one is
 * added; null when nothing is to be written. Returns the notices seen for the first time.
 */
export function nextPerformanceNotices(
  history: PerformanceNotices,
  shown: readonly NoticeShown[],
  at: number,
): { history: PerformanceNotices; added: PerformanceNotice[] } | null {
  const rows = cleanNotices(shown);
  if (rows.length === 0) return null;
  const known = new Map(history.notices.map((notice, index) => [identity(notice), index]));
  const notices = [...history.notices];
  const added: PerformanceNotice[] = [];
  let touched = false;
  for (const row of rows) {
    const index = known.get(identity(row));
    if (index === undefined) {
      const notice: PerformanceNotice = { ...row, firstSeen: at, lastSeen: at };
      notices.push(notice);
      added.push(notice);
      continue;
    }
    const notice = notices[index] as PerformanceNotice;
    if (notice.lastSeen >= at) continue;
    notices[index] = { ...notice, lastSeen: at };
    touched = true;
  }
  if (added.length === 0 && !touched) return null;
  if (added.length > 0) notices.sort(byDay);
  return { history: bounded({ ...history, notices }), added };
}

/** A backup's notices joined with this browser's: each notice once, seen from the earliest to the latest either side saw it. */
export function mergePerformanceNotices(current: PerformanceNotices, incoming: PerformanceNotices): PerformanceNotices {
  const byIdentity = new Map<string, PerformanceNotice>();
  for (const notice of [...current.notices, ...incoming.notices]) {
    const known = byIdentity.get(identity(notice));
    byIdentity.set(
      identity(notice),
      known
        ? {
            ...notice,
            ...known,
            day: known.day ?? notice.day,
            firstSeen: Math.min(known.firstSeen, notice.firstSeen),
            lastSeen: Math.max(known.lastSeen, notice.lastSeen),
          }
        : notice,
    );
  }
  const folded = joinFolded(current.folded, incoming.folded);
  const merged: PerformanceNotices = { ...incoming, ...current, notices: [...byIdentity.values()].sort(byDay) };
  if (folded) merged.folded = folded;
  return bounded(merged);
}
