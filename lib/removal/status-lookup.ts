/**
 * Lookups over every language's vocabulary at once: a page's language is not always the
 * marketplace default, and the same seller switches languages.
 */

import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { normalizeLabel } from './normalize';
import { COLUMN_ROLES, type ColumnRole, type NormalizedStatus, type RemovalVocabulary } from './vocabulary';

/**
 * Each table is built on first use, from every language's vocabulary, so a page pays only for
 * what it reads: a page of customer orders reads headers, never a status.
 */
function lazily<T>(build: (vocabularies: readonly RemovalVocabulary[]) => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build(REMOVAL_VOCABULARIES);
    return built;
  };
}

const statuses = lazily((vocabularies) => {
  const map = new Map<string, NormalizedStatus>();
  for (const vocabulary of vocabularies)
    for (const [name, status] of Object.entries(vocabulary.statuses)) map.set(normalizeLabel(name), status);
  return map;
});

const headers = lazily((vocabularies) => {
  const map = new Map<string, ColumnRole>();
  for (const vocabulary of vocabularies)
    for (const role of COLUMN_ROLES)
      for (const header of vocabulary.headers[role]) map.set(normalizeLabel(header), role);
  return map;
});

const amazonInitiatedMarkers = lazily((vocabularies) => [
  ...new Set(vocabularies.flatMap((vocabulary) => vocabulary.amazonInitiated.map(normalizeLabel))),
]);

/**
 * Results by raw text. A table repeats a handful of statuses and types over thousands of
 * rows; normalizing each cell again would be most of the scan's cost. Bounded: cleared when full.
 */
const MEMO_LIMIT = 1000;

function memoized<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = compute(text);
    memo.set(text, value);
    return value;
  };
}

/** The normalized status a text names, in any supported language; null when it names none. */
export const statusOf: (text: string) => NormalizedStatus | null = /* @__PURE__ */ memoized(
  (text) => statuses().get(normalizeLabel(text)) ?? null,
);

/** What a table header or detail label names (order ID, status, type, source), or null. */
export const columnRoleOf: (text: string) => ColumnRole | null = /* @__PURE__ */ memoized(
  (text) => headers().get(normalizeLabel(text)) ?? null,
);

/** True when an order's source or type text says Amazon started the removal itself. */
export const isAmazonInitiated: (text: string) => boolean = /* @__PURE__ */ memoized((text) => {
  const normalized = normalizeLabel(text);
  if (!normalized) return false;
  return amazonInitiatedMarkers().some((marker) => normalized.includes(marker));
});
