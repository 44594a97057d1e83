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
import { type CaseDetail, type CaseRecord, type CaseStatus, emptyCaseDetail } from './model';
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
export function captureFromPage(
  current: StoredCase | null,
  page: { id: string; marketplace: MarketplaceCode; status: CaseStatus | null },
  now: number,
): CaseChange {
  if (current && !current.record.deleted) {
    const seen = seeOnPage(current, page.status, now);
    const record = seen.record ?? current.record;
    // Saving again always records the visit, even within the hourly refresh window.
    return { record: { ...record, lastSeenAt: now, updatedAt: Math.max(now, record.updatedAt) } };
  }
  const base = current
    ? restoreDeleted(current.record, now)
    : createCase(
        {
          id: page.id,
          marketplace: storedCaseMarketplace(page.marketplace),
          ...(page.status ? { status: page.status } : {}),
        },
        now,
      ).record;
  return {
    record: {
      ...base,
      ...(page.status ? { status: page.status } : {}),
      lastSeenAt: now,
      updatedAt: Math.max(now, base.updatedAt),
    },
  };
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
