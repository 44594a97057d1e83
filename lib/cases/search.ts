/**
 * Case search for the popup. The text of each case is prepared once, so a keystroke is only
 * a substring test per case (500 cases and 5,000 log entries stay far under 16 ms).
 */
import type { CaseDetail, CaseRecord } from './model';
import type { CaseText } from './text';

/** Any character beyond ASCII: only such text can hold something to decompose or strip. */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Lower case without accents, so "arende" finds "Ärende" (ø and æ have no decomposition and stay as they are). */
export function foldForSearch(text: string): string {
  // Plain ASCII (most notes and logs) skips the decomposition: it would change nothing, and on
  // 5,000 log entries it is most of the time the search index takes to build.
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export interface SearchEntry {
  readonly id: string;
  readonly haystack: string;
}

/** Id, title (whole, from the overflow when there is one), marketplace, topic and status names, notes, log. */
export function buildSearchIndex(
  cases: readonly { readonly record: CaseRecord; readonly detail?: CaseDetail | null; readonly title?: string }[],
  text: CaseText,
): SearchEntry[] {
  return cases.map(({ record, detail, title }) => ({
    id: record.id,
    haystack: foldForSearch(
      [
        record.id,
        title ?? record.title,
        record.marketplace,
        text.topics[record.topic],
        text.statuses[record.status],
        detail?.notes ?? '',
        ...(detail?.log.map((entry) => entry.summary) ?? []),
      ].join('\n'),
    ),
  }));
}

/** Ids of the cases holding every word of the query, in index order. An empty query matches all. */
export function searchCases(index: readonly SearchEntry[], query: string): string[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return index.filter((entry) => words.every((word) => entry.haystack.includes(word))).map((entry) => entry.id);
}
