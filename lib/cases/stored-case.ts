/** A case as storage holds it (read by lib/storage/stored-cases.ts): the record, its detail, and where it lives. */
import type { CaseDetail, CaseRecord } from './model';

/** sync: the record syncs (or waits to); local: moved out of sync, this device only. */
export type CasePlace = 'sync' | 'local';

export interface StoredCase {
  readonly record: CaseRecord;
  readonly detail: CaseDetail | null;
  readonly place: CasePlace;
}

export interface StoredCases {
  /** By case id, tombstones included. */
  readonly cases: ReadonlyMap<string, StoredCase>;
  /** Storage keys holding a case value that did not validate (the background quarantines them). */
  readonly unreadable: readonly string[];
  /**
   * Case records a newer version of the extension wrote (their version record is above this
   * build's): kept as they are, shown read-only, never written here. The title when it reads.
   */
  readonly newer: readonly NewerCase[];
}

export interface NewerCase {
  readonly id: string;
  readonly title: string | null;
}
