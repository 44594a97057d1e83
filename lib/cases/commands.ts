/**
 * What each case message does to a stored case, as pure functions: the background reads the
 * case, applies one of these and writes what comes back. `record`/`detail` absent: unchanged.
 */
import { sameData } from '@/lib/canonical-json';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { storedCaseMarketplace } from './case-marketplace';
import { snooze } from './follow-up';
import {
  type CaseEdit,
  createCase,
  editCase,
  editNotes,
  markDeleted,
  recordInteraction,
  refreshFromPage,
  restoreDeleted,
  withOverflow,
} from './interactions';
import { type CaseDetail, type CaseRecord, type CaseStatus, type CaseTopic, emptyCaseDetail } from './model';
import type { CaseAddRequest, CaseAddResult, CaseEditRequest, CaseLogRequest } from './protocol';
import type { StoredCase } from './stored-case';

export interface CaseChange {
  readonly record?: CaseRecord;
  readonly detail?: CaseDetail;
}

function detailOf(current: StoredCase | null | undefined, id: string): CaseDetail {
  return current?.detail ?? emptyCaseDetail(id);
}

const optionalDetail = (detail: CaseDetail | undefined) => (detail ? { detail } : {});

/** The detail to write, or nothing when it did not change. */
function changedDetail(before: CaseDetail | null | undefined, after: CaseDetail): CaseDetail | undefined {
  return before && sameData(before, after) ? undefined : after;
}

export function addCase(
  current: StoredCase | null,
  request: CaseAddRequest,
  now: number,
): CaseChange & { result: CaseAddResult } {
  if (current && !current.record.deleted) return { result: 'exists' };
  const fields = {
    marketplace: storedCaseMarketplace(request.marketplace),
    ...(request.topic ? { topic: request.topic } : {}),
    ...(request.title !== undefined ? { title: request.title } : {}),
  };
  const split = current
    ? editCase(restoreDeleted(current.record, now), fields, now)
    : createCase({ id: request.id, ...fields }, now);
  const detail = changedDetail(current?.detail, withOverflow(detailOf(current, request.id), split, now));
  const writeDetail = detail && (split.overflow !== undefined || current?.detail);
  return { result: current ? 'restored' : 'added', record: split.record, ...(writeDetail ? { detail } : {}) };
}

export function editStoredCase(current: StoredCase, request: CaseEditRequest, now: number): CaseChange {
  const { title, topic, status, marketplace, nextFollowUpAt } = request;
  let base = current.record;
  if (nextFollowUpAt === null && base.nextFollowUpAt !== undefined) {
    const { nextFollowUpAt: _cleared, ...rest } = base;
    base = rest;
  }
  const edit: CaseEdit = {
    ...(title !== undefined ? { title } : {}),
    ...(topic ? { topic } : {}),
    ...(status ? { status } : {}),
    ...(marketplace ? { marketplace: storedCaseMarketplace(marketplace) } : {}),
    ...(typeof nextFollowUpAt === 'number' ? { nextFollowUpAt } : {}),
  };
  const split = editCase(base, edit, now);
  const detail = withOverflow(detailOf(current, current.record.id), split, now);
  return { record: split.record, ...optionalDetail(changedDetail(current.detail, detail)) };
}

export function setNotes(current: StoredCase, notes: string, now: number): CaseChange {
  const detail = detailOf(current, current.record.id);
  if (detail.notes === notes) return {};
  return { detail: editNotes(detail, notes, now) };
}

export function logInteraction(current: StoredCase, request: CaseLogRequest, now: number): CaseChange {
  const { id: _id, ...interaction } = request;
  return recordInteraction(current.record, current.detail, interaction, now);
}

export function deleteStoredCase(current: StoredCase, now: number): CaseChange {
  return current.record.deleted ? {} : { record: markDeleted(current.record, now) };
}

export function restoreStoredCase(current: StoredCase, now: number): CaseChange {
  return current.record.deleted ? { record: restoreDeleted(current.record, now) } : {};
}

export function snoozeStoredCase(current: StoredCase, now: number): CaseChange {
  return current.record.deleted ? {} : { record: snooze(current.record, now) };
}

/** A visit: a saved case takes the page's status and a fresh last-seen time (at most hourly). */
export function seeOnPage(current: StoredCase, status: CaseStatus | null, now: number): CaseChange {
  const next = refreshFromPage(current.record, status === null ? {} : { status }, now);
  return next === current.record ? {} : { record: next };
}

/** The seller pressed "Save case" on the page: a new case, a deleted one brought back, or a refresh. */
/** What a case page shows: its status, and the subject and the topic guessed from it (case-topic.ts). */
export interface CapturedPage {
  readonly id: string;
  readonly marketplace: MarketplaceCode;
  readonly status: CaseStatus | null;
  readonly subject?: string | null;
  readonly topic?: CaseTopic;
}

/**
 * "Save case" on a case page. A new (or deleted) case takes the page's subject as its title and
 * the topic guessed from it; a saved case keeps what the seller set, and only gains a subject
 * or topic where it had none.
 */
export function captureFromPage(current: StoredCase | null, page: CapturedPage, now: number): CaseChange {
  const subject = page.subject?.trim() ?? '';
  const live = current && !current.record.deleted ? current : null;
  const seen = live ? (seeOnPage(live, page.status, now).record ?? live.record) : null;
  const fields: CaseEdit = {
    ...(subject && (!seen || seen.title === '') ? { title: subject } : {}),
    ...(page.topic && page.topic !== 'other' && (!seen || seen.topic === 'other') ? { topic: page.topic } : {}),
    ...(page.status ? { status: page.status } : {}),
  };
  const split = seen
    ? editCase(seen, fields, now)
    : current
      ? editCase(restoreDeleted(current.record, now), fields, now)
      : createCase({ id: page.id, marketplace: storedCaseMarketplace(page.marketplace), ...fields }, now);
  // Saving again always records the visit, even within the hourly refresh window.
  const record = { ...split.record, lastSeenAt: now, updatedAt: Math.max(now, split.record.updatedAt) };
  const detail = split.overflow
    ? changedDetail(current?.detail, withOverflow(detailOf(current, page.id), split, now))
    : undefined;
  return { record, ...optionalDetail(detail) };
}

/**
 * A changed record must be strictly newer than the one it replaces: merges pick the later
 * updatedAt, and at the same instant a live copy beats a tombstone, so a delete (or any edit)
 * made in the same millisecond as the previous write would otherwise lose to it.
 */
export function newerThanBefore(current: StoredCase | null, change: CaseChange): CaseChange {
  const before = current?.record;
  const after = change.record;
  if (!before || !after || after.updatedAt > before.updatedAt || sameData(before, after)) return change;
  return { ...change, record: { ...after, updatedAt: before.updatedAt + 1 } };
}
