/**
 * Lookups over every language's vocabulary at once: a page's language is not always the
 * marketplace default, and the same seller switches languages.
 */

import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { normalizeLabel } from './normalize';
import { COLUMN_ROLES, type ColumnRole, type NormalizedStatus, type RemovalVocabulary } from './vocabulary';

interface Lookups {
  readonly statuses: ReadonlyMap<string, NormalizedStatus>;
  readonly headers: ReadonlyMap<string, ColumnRole>;
  readonly amazonInitiated: readonly string[];
}

let cached: Lookups | null = null;

/** Built on first use, so a page that never shows a table pays nothing. */
function lookups(vocabularies: readonly RemovalVocabulary[] = REMOVAL_VOCABULARIES): Lookups {
  if (cached) return cached;
  const statuses = new Map<string, NormalizedStatus>();
  const headers = new Map<string, ColumnRole>();
  const markers = new Set<string>();
  for (const vocabulary of vocabularies) {
    for (const [name, status] of Object.entries(vocabulary.statuses)) statuses.set(normalizeLabel(name), status);
    for (const role of COLUMN_ROLES) {
      for (const header of vocabulary.headers[role]) headers.set(normalizeLabel(header), role);
    }
    for (const marker of vocabulary.amazonInitiated) markers.add(normalizeLabel(marker));
  }
  cached = { statuses, headers, amazonInitiated: [...markers] };
  return cached;
}

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
  (text) => lookups().statuses.get(normalizeLabel(text)) ?? null,
);

/** What a table header or detail label names (order ID, status, type, source), or null. */
export const columnRoleOf: (text: string) => ColumnRole | null = /* @__PURE__ */ memoized(
  (text) => lookups().headers.get(normalizeLabel(text)) ?? null,
);

/** True when an order's source or type text says Amazon started the removal itself. */
export const isAmazonInitiated: (text: string) => boolean = /* @__PURE__ */ memoized((text) => {
  const normalized = normalizeLabel(text);
  if (!normalized) return false;
  return lookups().amazonInitiated.some((marker) => normalized.includes(marker));
});
