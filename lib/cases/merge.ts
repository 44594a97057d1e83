/**
 * Merging copies of cases from two places (two devices through sync, sync and local, a backup).
 * Every merge picks the greatest value under one total order, so it is commutative,
 * associative and idempotent: the result does not depend on who merges first or how often.
 */
import { compareData } from '@/lib/canonical-json';
import { byTimeThenId } from './interactions';
import type { CaseDetail, CaseOverflow, CaseRecord, LogEntry } from './model';

export const TOMBSTONE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Later updatedAt wins. At the same instant a live case beats a tombstone (losing an edit is
 * worse than keeping a case the seller can delete again), then the canonical JSON decides.
 */
export function compareCaseRecords(a: CaseRecord, b: CaseRecord): number {
  return a.updatedAt - b.updatedAt || Number(b.deleted) - Number(a.deleted) || compareData(a, b);
}

export function mergeCaseRecord(a: CaseRecord, b: CaseRecord): CaseRecord {
  return compareCaseRecords(a, b) >= 0 ? a : b;
}

export type CaseRecordMap = Readonly<Record<string, CaseRecord>>;

/** Union by id; a case present on one side only is always kept. */
export function mergeCaseRecordMaps(a: CaseRecordMap, b: CaseRecordMap): Record<string, CaseRecord> {
  const merged: Record<string, CaseRecord> = { ...a };
  for (const [id, record] of Object.entries(b)) {
    const existing = merged[id];
    merged[id] = existing ? mergeCaseRecord(existing, record) : record;
  }
  return merged;
}

export function tombstoneExpired(record: CaseRecord, now: number): boolean {
  return record.deleted && now - (record.deletedAt ?? record.updatedAt) >= TOMBSTONE_TTL_MS;
}

/**
 * Drops tombstones older than 30 days. The caller removes the purged ids' sync records and
 * local details; live cases are never touched.
 */
export function purgeExpiredTombstones(
  records: CaseRecordMap,
  now: number,
): { kept: Record<string, CaseRecord>; purged: string[] } {
  const kept: Record<string, CaseRecord> = {};
  const purged: string[] = [];
  for (const [id, record] of Object.entries(records)) {
    if (tombstoneExpired(record, now)) purged.push(id);
    else kept[id] = record;
  }
  return { kept, purged: purged.sort() };
}

/** The later of two values by their time stamp; equal stamps fall back to the canonical order. */
function greaterBy<T>(a: T, b: T, stamp: (value: T) => number): T {
  return (stamp(a) - stamp(b) || compareData(a, b)) >= 0 ? a : b;
}

function mergeEntry(a: LogEntry, b: LogEntry): LogEntry {
  return greaterBy(a, b, (e) => e.updatedAt);
}

/** Union by entry id; the same entry edited on both sides keeps its later edit. */
export function mergeLogs(a: readonly LogEntry[], b: readonly LogEntry[]): LogEntry[] {
  const byId = new Map<string, LogEntry>();
  for (const entry of [...a, ...b]) {
    const existing = byId.get(entry.id);
    byId.set(entry.id, existing ? mergeEntry(existing, entry) : entry);
  }
  return [...byId.values()].sort(byTimeThenId);
}

function mergeOverflow(a: CaseOverflow | undefined, b: CaseOverflow | undefined): CaseOverflow | undefined {
  if (!a || !b) return a ?? b;
  return greaterBy(a, b, (o) => o.updatedAt);
}

/** Notes: the later edit wins whole (text is not merged line by line). Log: union. */
export function mergeCaseDetail(a: CaseDetail, b: CaseDetail): CaseDetail {
  const notes = greaterBy(
    { notes: a.notes, notesUpdatedAt: a.notesUpdatedAt },
    { notes: b.notes, notesUpdatedAt: b.notesUpdatedAt },
    (n) => n.notesUpdatedAt,
  );
  const overflow = mergeOverflow(a.overflow, b.overflow);
  // Fields this version does not know come from both sides, the later side's on top, chosen
  // by the same total order so the merge stays commutative.
  const { overflow: _a, ...restA } = a;
  const { overflow: _b, ...restB } = b;
  const top = greaterBy(restA, restB, (rest) => rest.notesUpdatedAt);
  return {
    ...(top === restA ? restB : restA),
    ...top,
    id: a.id,
    ...notes,
    ...(overflow ? { overflow } : {}),
    log: mergeLogs(a.log, b.log),
  };
}
