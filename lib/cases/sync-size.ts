/**
 * Keeps each case's sync item small. Chrome counts an item as its key plus the JSON of its
 * value, in bytes, against 8,192 per item; we aim far lower so 500 cases fit the 100 KB area.
 */
import { CASE_RECORD_PREFIX, type CaseOverflow, type CaseRecord, caseRecordSchema, TITLE_MAX_CHARS } from './model';

export const SYNC_ITEM_MAX_BYTES = 8_192;
/**
 * Our own ceiling for one case record. A typical record is about 300 bytes; the schema's limits
 * (80-character title, 253-character host) keep even a contrived one near 1 KB.
 */
export const CASE_RECORD_BUDGET_BYTES = 1_536;

const encoder = new TextEncoder();

/** Bytes the sync area charges for one item: its key name (no `sync:` prefix) plus its JSON value. */
export function syncItemBytes(name: string, value: unknown): number {
  return encoder.encode(name + JSON.stringify(value)).length;
}

/** The sync key name of a case, as chrome.storage.sync sees it. */
export function caseSyncName(id: string): string {
  return `${CASE_RECORD_PREFIX.slice('sync:'.length)}${id}`;
}

export function caseRecordBytes(record: CaseRecord): number {
  return syncItemBytes(caseSyncName(record.id), record);
}

/** Cuts at a code-point boundary, never inside a surrogate pair, and marks the cut with an ellipsis. */
export function capTitle(title: string, maxChars = TITLE_MAX_CHARS): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  if (maxChars < 2) return '';
  let cut = maxChars - 1;
  const last = clean.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${clean.slice(0, cut).trimEnd()}…`;
}

/** A record whose title may be longer than the sync record allows (e.g. typed or captured). */
export type CaseRecordInput = Omit<CaseRecord, 'title'> & { readonly title: string };

export interface SplitRecord {
  readonly record: CaseRecord;
  /** Present when something did not fit: store it in the case detail, so nothing is lost. */
  readonly overflow?: CaseOverflow;
}

/**
 * Makes a record fit the sync item: a long title is capped (the whole title goes to overflow),
 * then shortened further while the serialized record is still over the budget (a title of
 * characters JSON must escape can be six bytes per character). Throws on an otherwise invalid record.
 */
export function splitForSync(input: CaseRecordInput, budget = CASE_RECORD_BUDGET_BYTES): SplitRecord {
  const normalized = input.title.replace(/\s+/g, ' ').trim();
  let title = capTitle(normalized);
  let record: CaseRecord = { ...input, title };
  while (caseRecordBytes(record) > budget && title.length > 0) {
    const shorter = capTitle(title, Math.floor(title.length / 2));
    title = shorter === title || shorter === '…' ? '' : shorter;
    record = { ...record, title };
  }
  caseRecordSchema.parse(record);
  return title === normalized ? { record } : { record, overflow: { title: normalized, updatedAt: input.updatedAt } };
}

/** The title to show: the overflow's full title while it still belongs to the record's title. */
export function displayTitle(record: CaseRecord, overflow: CaseOverflow | undefined): string {
  const full = overflow?.title;
  if (full === undefined) return record.title;
  return splitForSync({ ...record, title: full }).record.title === record.title ? full : record.title;
}
